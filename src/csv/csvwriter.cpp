#include "csv/csvwriter.h"

#include <algorithm>

namespace tumbuh::csv {

CsvWriter::CsvWriter(const std::filesystem::path& file) : CsvWriter(file, Options{}) { }

CsvWriter::CsvWriter(const std::filesystem::path& file, Options options)
    : options_(options), path_(file.string()), buf_(std::max<std::size_t>(options.bufferBytes, 256))
{
    file_ = std::fopen(file.c_str(), "wb");
    ownsFile_ = true;
    failed_ = file_ == nullptr;
}

CsvWriter::CsvWriter(std::FILE* stream, Options options)
    : options_(options), file_(stream), buf_(std::max<std::size_t>(options.bufferBytes, 256))
{
    failed_ = file_ == nullptr;
}

CsvWriter::CsvWriter(std::string& out, Options options)
    : options_(options), string_(&out), buf_(std::max<std::size_t>(options.bufferBytes, 256))
{
}

CsvWriter::~CsvWriter()
{
    close();
}

bool CsvWriter::flush()
{
    if (used_ > 0) {
        if (string_ != nullptr) {
            string_->append(buf_.data(), used_);
        } else if (file_ != nullptr) {
            if (std::fwrite(buf_.data(), 1, used_, file_) != used_)
                failed_ = true;
        }
        used_ = 0;
    }
    if (file_ != nullptr && std::fflush(file_) != 0)
        failed_ = true;
    return !failed_;
}

bool CsvWriter::close()
{
    if (!isOpen())
        return false;
    flush();
    if (file_ != nullptr && ownsFile_) {
        if (std::fclose(file_) != 0)
            failed_ = true;
    }
    file_ = nullptr;
    string_ = nullptr;
    return !failed_;
}

void CsvWriter::makeRoom(std::size_t n)
{
    // Drains to the sink, not fflush: stdio's own buffer is bypassed for
    // writes this large anyway.
    if (used_ > 0) {
        if (string_ != nullptr)
            string_->append(buf_.data(), used_);
        else if (file_ != nullptr && std::fwrite(buf_.data(), 1, used_, file_) != used_)
            failed_ = true;
        used_ = 0;
    }
    if (buf_.size() < n)
        buf_.resize(n);
}

void CsvWriter::quotedField(std::string_view value)
{
    char* out = beginField(value.size() * 2 + 2);
    *out++ = '"';
    for (const char c : value) {
        if (c == '"')
            *out++ = '"';
        *out++ = c;
    }
    *out++ = '"';
    commitField(out);
}

void CsvWriter::record(std::span<const std::string_view> values)
{
    for (std::string_view v : values)
        field(v);
    endRecord();
}

void CsvWriter::rawRecords(std::string_view bytes)
{
    if (bytes.size() > buf_.size() / 2) {
        // Large blocks go straight to the sink after what is buffered.
        makeRoom(buf_.size());
        if (string_ != nullptr)
            string_->append(bytes);
        else if (file_ != nullptr && std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
            failed_ = true;
    } else {
        ensure(bytes.size());
        std::memcpy(buf_.data() + used_, bytes.data(), bytes.size());
        used_ += bytes.size();
    }
    atRecordStart_ = true;
}

std::string CsvWriter::errorMessage() const
{
    if (!failed_)
        return {};
    if (path_.empty())
        return "gagal menulis keluaran / error writing the output";
    return "berkas '" + path_ + "' tidak dapat ditulis / file '" + path_ + "' cannot be written";
}

} // namespace tumbuh::csv
