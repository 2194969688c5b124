#pragma once
// Empties the kernel's page cache (`sync; echo 3 > /proc/sys/vm/drop_caches`)
// so that the next read comes from the disk, as on a cold morning. Needs
// root; false when it could not (the caller prints "n/a" or stops).
#include <unistd.h>

#include <cstdio>

namespace tumbuh::bench {

inline bool dropPageCache()
{
    if (::geteuid() != 0)
        return false;
    ::sync();
    std::FILE* f = std::fopen("/proc/sys/vm/drop_caches", "w");
    if (!f)
        return false;
    const bool written = std::fputs("3\n", f) >= 0;
    return std::fclose(f) == 0 && written;
}

} // namespace tumbuh::bench
