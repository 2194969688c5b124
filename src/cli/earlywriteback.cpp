#include "cli/earlywriteback.h"

#if defined(__linux__)
#include <fcntl.h>
#endif

namespace tumbuh::cli {

namespace {

// Large enough that the calls cost nothing, small enough that the disk
// starts early: about 30 calls for a million rows.
constexpr std::size_t kStep = std::size_t{4} << 20;

} // namespace

EarlyWriteBack::EarlyWriteBack(std::FILE* file)
{
#if defined(__linux__)
    if (file != nullptr)
        fd_ = fileno(file);
#else
    (void)file;
#endif
}

void EarlyWriteBack::written(std::size_t bytes)
{
    if (fd_ < 0)
        return;
    pending_ += bytes;
    if (pending_ < kStep)
        return;
    pending_ = 0;
#if defined(__linux__)
    // Offset 0 and length 0: every dirty page of the file so far. A failure
    // (a file system without it) only means the fsync does all the work.
    (void)sync_file_range(fd_, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
}

} // namespace tumbuh::cli
