#pragma once
// The row work of zscorestream.h on several threads, for large files.
//
// Rows go in chunks of a few thousand. Each thread in turn takes the reader
// (under a lock) for the next chunk, then parses, computes and formats that
// chunk into its own text on its own, then waits for the chunk's turn and
// appends the text to the output. Reading and writing stay in file order;
// only the costly middle runs in parallel. Memory is a few chunks whatever
// the file size.
//
// Lines without a quote character (nearly every file) are taken as one block
// of bytes (CsvReader::takePlainLines: the reader only finds the last line
// break and counts the lines) and split into records by the thread that
// computes them (csv::forEachPlainRecord), so that the part under the lock
// is small. Anything else is copied record by record (pipeline::fill).
#include "cli/earlywriteback.h"
#include "cli/zscorestream.h"
#include "csv/plainrecords.h"

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
    // 32-bit offsets: a chunk stops after kChunkBytes, and one record is at
    // most CsvReader::Options::maxRecordBytes (64 MiB). Small entries keep
    // the whole run within 30 MB.
    struct Field {
        std::uint32_t begin; // in text
        std::uint32_t size;
    };
    struct Record {
        std::size_t line;         // line of the record in the file
        std::uint32_t fieldsEnd;  // end of its fields in `fields`
        std::uint32_t plainBegin; // its plain text (CsvReader::plainRecord) in text
        std::uint32_t plainSize;  // 0 when a field was quoted
    };
    std::size_t index = 0;
    // True when `text` is whole lines without a quote character
    // (CsvReader::takePlainLines), split by the thread that computes them;
    // `fields` and `records` are then unused.
    bool plainLines = false;
    std::size_t firstLine = 0;   // of `text`, when plainLines
    std::size_t rowCount = 0;    // records, when plainLines
    std::string text;            // the records' bytes, back to back
    std::vector<Field> fields;   // every field of every record
    std::vector<Record> records; // one per record
    std::string out;             // formatted output rows that did not fit the thread's buffer

    void clear()
    {
        plainLines = false;
        firstLine = 0;
        rowCount = 0;
        text.clear();
        fields.clear();
        records.clear();
        out.clear();
    }
    std::size_t rows() const { return plainLines ? rowCount : records.size(); }
};

// Copies up to `maxRows` records (or about `maxBytes` of fields). Returns
// false when the reader has no more. A record without quoted fields is
// copied in one piece, separators included, so that its input columns can
// be written in one piece too.
inline bool fill(csv::CsvReader& reader, Chunk& chunk, std::size_t maxRows, std::size_t maxBytes)
{
    while (chunk.rows() < maxRows && chunk.text.size() < maxBytes) {
        if (!reader.next())
            return false;
        const std::string_view plain = reader.plainRecord();
        Chunk::Record record{reader.line(), 0, static_cast<std::uint32_t>(chunk.text.size()),
                             static_cast<std::uint32_t>(plain.size())};
        if (!plain.empty()) {
            const std::size_t base = chunk.text.size();
            chunk.text.append(plain);
            for (std::string_view f : reader.fields())
                chunk.fields.push_back({static_cast<std::uint32_t>(base + static_cast<std::size_t>(f.data() - plain.data())),
                                        static_cast<std::uint32_t>(f.size())});
        } else {
            for (std::string_view f : reader.fields()) {
                chunk.fields.push_back(
                    {static_cast<std::uint32_t>(chunk.text.size()), static_cast<std::uint32_t>(f.size())});
                chunk.text.append(f);
            }
        }
        record.fieldsEnd = static_cast<std::uint32_t>(chunk.fields.size());
        chunk.records.push_back(record);
    }
    return true;
}

} // namespace pipeline

// Like streamRows, on `threads` threads (the caller's included). The output
// and the messages are exactly those of streamRows. `writeBack` hears of
// each block written, to start the disk writes of an output file early.
template <class Columns, class Input, class Compute>
std::size_t pipelineRows(csv::CsvReader& reader, csv::CsvWriter& writer, const Columns& columns,
                         RowReporter& reporter, Compute compute, unsigned threads, EarlyWriteBack& writeBack)
{
    constexpr std::size_t kChunkRows = 4096;
    constexpr std::size_t kChunkBytes = std::size_t{1} << 20;
    // Lines without quotes are handed out in blocks of this size: about
    // 5,000 rows of WHO's columns, 0.7 MB of output, per block and thread.
    constexpr std::size_t kPlainBytes = std::size_t{256} << 10;
    const char separator = reader.separator();

    std::mutex readLock;
    bool inputDone = false;
    std::size_t nextChunk = 0;

    std::mutex writeLock;
    std::condition_variable turn;
    std::size_t nextToWrite = 0;
    std::size_t rows = 0;

    auto work = [&] {
        pipeline::Chunk chunk;
        csv::CsvWriter::Options options;
        options.separator = writer.separator();
        // Room for a whole block's rows (about 0.7 MB for 256 KB of WHO's
        // columns), which go to the output from this buffer without a copy;
        // only what does not fit goes on to the chunk's output text.
        options.bufferBytes = kChunkBytes;
        csv::CsvWriter local(chunk.out, options);
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
                chunk.plainLines = reader.takePlainLines(chunk.text, kPlainBytes, chunk.firstLine);
                if (!chunk.plainLines && !pipeline::fill(reader, chunk, kChunkRows, kChunkBytes))
                    inputDone = true;
            }
            if (chunk.plainLines) {
                // Split here, on this thread: the reader only found the
                // last line break and counted the lines.
                chunk.rowCount = csv::forEachPlainRecord(
                    chunk.text, separator, chunk.firstLine, fields,
                    [&](const std::vector<std::string_view>& f, std::string_view plain, std::size_t line) {
                        processRow<Columns, Input, Compute, true>(std::span<const std::string_view>(f), plain, line,
                                                                  columns, kept, local, compute,
                                                                  in);
                    });
            } else {
                std::size_t field = 0;
                const char* text = chunk.text.data();
                for (const pipeline::Chunk::Record& record : chunk.records) {
                    fields.clear();
                    for (; field < record.fieldsEnd; ++field)
                        fields.emplace_back(text + chunk.fields[field].begin, chunk.fields[field].size);
                    processRow(std::span<const std::string_view>(fields),
                               std::string_view(text + record.plainBegin, record.plainSize), record.line, columns,
                               kept, local, compute, in);
                }
            }
            std::unique_lock lock(writeLock);
            turn.wait(lock, [&] { return nextToWrite == chunk.index; });
            // The rows that did not fit the buffer first, then the buffer.
            writer.rawRecords(chunk.out);
            writer.rawRecords(local.buffered());
            writeBack.written(chunk.out.size() + local.buffered().size());
            local.dropBuffered();
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
