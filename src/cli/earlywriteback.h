#pragma once
// Starts the disk writes of a large output file while it is still being
// written, so that the fsync at its end (records::OutputFile::commit) has
// little left to wait for: `tumbuh-cli zscore` writes 136 MB for a million
// rows, and that fsync alone took 0.17-0.20 s on the build machine (issue 14).
// Only asks the kernel to begin (Linux: sync_file_range with
// SYNC_FILE_RANGE_WRITE, which does not wait); elsewhere it does nothing.
// What reaches the disk, and when the run counts as done, does not change.
#include <cstddef>
#include <cstdio>

namespace tumbuh::cli {

class EarlyWriteBack {
public:
    // `file` is the output being written, or nullptr for none (standard
    // output): then written() does nothing.
    explicit EarlyWriteBack(std::FILE* file);

    // After `bytes` more were handed to the file: every few MB, the kernel
    // is asked to start writing what it holds so far.
    void written(std::size_t bytes);

private:
    int fd_ = -1;
    std::size_t pending_ = 0;
};

} // namespace tumbuh::cli
