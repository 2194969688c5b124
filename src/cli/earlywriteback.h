#pragma once
// Makes a large output file durable while it is still being written, so
// that the fsync at its end (records::OutputFile::commit) has little left to
// wait for: `tumbuh-cli zscore` writes 136 MB for a million rows, and that
// fsync alone took 0.15-0.20 s on the build machine (issue 14).
//
// Every few MB a helper thread calls fdatasync on its own descriptor of the
// file, while the rows go on being computed and written. Starting the writes
// alone (sync_file_range) was not enough there: the fsync at the end still
// waited 0.07-0.20 s for the disk's cache to be flushed. Elsewhere than on
// Linux and POSIX systems it does nothing. What reaches the disk, and when
// the run counts as done (commit's own fsync), does not change.
#include <condition_variable>
#include <cstddef>
#include <cstdio>
#include <mutex>
#include <thread>

namespace tumbuh::cli {

class EarlyWriteBack {
public:
    // `file` is the output being written, or nullptr for none (standard
    // output): then written() does nothing and no thread is started.
    explicit EarlyWriteBack(std::FILE* file);
    // finish()es.
    ~EarlyWriteBack();
    EarlyWriteBack(const EarlyWriteBack&) = delete;
    EarlyWriteBack& operator=(const EarlyWriteBack&) = delete;

    // After `bytes` more were handed to the file: every few MB, the helper
    // is woken to sync what the file holds so far. Never waits for the disk.
    void written(std::size_t bytes);

    // Stops the helper (after the sync it may be in) and closes its
    // descriptor. Call before the file itself is closed.
    void finish();

private:
    void run();

    int fd_ = -1; // a duplicate of the file's descriptor, owned
    std::size_t pending_ = 0;
    std::mutex lock_;
    std::condition_variable wake_;
    bool due_ = false;
    bool stop_ = false;
    std::thread helper_;
};

} // namespace tumbuh::cli
