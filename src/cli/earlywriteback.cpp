#include "cli/earlywriteback.h"

#if defined(__unix__)
#include <unistd.h>
#endif

namespace tumbuh::cli {

namespace {

// Small enough that the last sync has little left, large enough that a
// million rows (136 MB) need only about ten.
constexpr std::size_t kStep = std::size_t{16} << 20;

} // namespace

EarlyWriteBack::EarlyWriteBack(std::FILE* file)
{
#if defined(__unix__)
    if (file == nullptr)
        return;
    // Its own descriptor, so that closing the file can never leave the
    // helper with a number that names another file.
    fd_ = ::dup(fileno(file));
    if (fd_ < 0)
        return; // then commit()'s fsync does all the work
    try {
        helper_ = std::thread([this] { run(); });
    } catch (...) {
        ::close(fd_);
        fd_ = -1;
    }
#else
    (void)file;
#endif
}

EarlyWriteBack::~EarlyWriteBack()
{
    finish();
}

void EarlyWriteBack::written(std::size_t bytes)
{
    if (fd_ < 0)
        return;
    pending_ += bytes;
    if (pending_ < kStep)
        return;
    pending_ = 0;
    {
        std::lock_guard guard(lock_);
        due_ = true;
    }
    wake_.notify_one();
}

void EarlyWriteBack::finish()
{
    if (fd_ < 0)
        return;
    {
        std::lock_guard guard(lock_);
        stop_ = true;
    }
    wake_.notify_one();
    if (helper_.joinable())
        helper_.join();
#if defined(__unix__)
    ::close(fd_);
#endif
    fd_ = -1;
}

void EarlyWriteBack::run()
{
    std::unique_lock guard(lock_);
    for (;;) {
        wake_.wait(guard, [this] { return due_ || stop_; });
        if (stop_)
            return;
        due_ = false;
        guard.unlock();
#if defined(__unix__)
        // A failure here (a file system without it) only means that
        // commit()'s fsync does all the work, and reports any error.
        (void)::fdatasync(fd_);
#endif
        guard.lock();
    }
}

} // namespace tumbuh::cli
