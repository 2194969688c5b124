#pragma once
// The row work of zscorestream.h on several threads, for large files.
//
// Rows go in chunks of a few thousand. Each thread in turn takes the reader
// (under a lock) to copy the next chunk's fields, then parses, computes and
// formats that chunk into its own text on its own, then waits for the
// chunk's turn and appends the text to the output. Reading and writing stay
// in file order; only the costly middle runs in parallel. Memory is a few
// chunks whatever the file size.
#include "cli/zscorestream.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tumbuh::cli {

namespace pipeline {

// The fields of a run of records, copied out of the reader's buffer.
struct Chunk {
    std::size_t index = 0;
    std::string text;                   // all field bytes, back to back
    std::vector<std::size_t> fieldEnd;  // end of each field in text
    std::vector<std::size_t> recordEnd; // end of each record in fieldEnd
    std::vector<std::size_t> line;      // line of each record
    std::string out;                    // the formatted output rows

    void clear()
    {
        text.clear();
        fieldEnd.clear();
        recordEnd.clear();
        line.clear();
        out.clear();
    }
    std::size_t rows() const { return recordEnd.size(); }
};

// Copies up to `maxRows` records (or about `maxBytes` of fields). Returns
// false when the reader has no more.
inline bool fill(csv::CsvReader& reader, Chunk& chunk, std::size_t maxRows, std::size_t maxBytes)
{
    while (chunk.rows() < maxRows && chunk.text.size() < maxBytes) {
        if (!reader.next())
            return false;
        for (std::string_view f : reader.fields()) {
            chunk.text.append(f);
            chunk.fieldEnd.push_back(chunk.text.size());
        }
        chunk.recordEnd.push_back(chunk.fieldEnd.size());
        chunk.line.push_back(reader.line());
    }
    return true;
}

} // namespace pipeline

// Like streamRows, on `threads` threads (the caller's included). The output
// and the messages are exactly those of streamRows.
template <class Columns, class Input, class Compute>
std::size_t pipelineRows(csv::CsvReader& reader, csv::CsvWriter& writer, const Columns& columns,
                         RowReporter& reporter, Compute compute, unsigned threads)
{
    constexpr std::size_t kChunkRows = 4096;
    constexpr std::size_t kChunkBytes = std::size_t{1} << 20;

    std::mutex readLock;
    bool inputDone = false;
    std::size_t nextChunk = 0;

    std::mutex writeLock;
    std::condition_variable turn;
    std::size_t nextToWrite = 0;
    std::size_t rows = 0;

    auto work = [&] {
        pipeline::Chunk chunk;
        std::string formatted;
        csv::CsvWriter::Options options;
        options.separator = writer.separator();
        options.bufferBytes = std::size_t{256} << 10;
        csv::CsvWriter local(formatted, options);
        RowReporter kept(nullptr);
        std::vector<std::string_view> fields;
        Input in{};
        for (;;) {
            chunk.clear();
            {
                std::lock_guard lock(readLock);
                if (inputDone)
                    return;
                chunk.index = nextChunk++;
                if (!pipeline::fill(reader, chunk, kChunkRows, kChunkBytes))
                    inputDone = true;
            }
            std::size_t field = 0;
            for (std::size_t r = 0; r < chunk.rows(); ++r) {
                fields.clear();
                std::size_t begin = field == 0 ? 0 : chunk.fieldEnd[field - 1];
                for (; field < chunk.recordEnd[r]; ++field) {
                    fields.emplace_back(chunk.text.data() + begin, chunk.fieldEnd[field] - begin);
                    begin = chunk.fieldEnd[field];
                }
                processRow(std::span<const std::string_view>(fields), chunk.line[r], columns, kept, local, compute,
                           in);
            }
            local.flush();
            chunk.out.swap(formatted);
            formatted.clear();

            std::unique_lock lock(writeLock);
            turn.wait(lock, [&] { return nextToWrite == chunk.index; });
            writer.rawRecords(chunk.out);
            kept.moveInto(reporter);
            rows += chunk.rows();
            ++nextToWrite;
            lock.unlock();
            turn.notify_all();
        }
    };

    std::vector<std::jthread> helpers;
    for (unsigned t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
    helpers.clear(); // joins
    return rows;
}

} // namespace tumbuh::cli
