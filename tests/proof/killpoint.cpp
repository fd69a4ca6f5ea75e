// SPDX-License-Identifier: GPL-3.0-or-later
// LD_PRELOAD library for test_crashconsistency: counts the calls that change files under
// $MAILSETUP_KILL_ROOT (open for writing, write, fsync, rename, link, unlink, chmod,
// mkdir, ...) and kills its own process with SIGKILL just before the Nth one
// ($MAILSETUP_KILL_AT), so a test can stop an apply between any two file-system steps.
// With $MAILSETUP_KILL_COUNT set, the number of counted calls is written there at exit.
// No change to the program is needed; glibc's own functions do the work (dlsym RTLD_NEXT).
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

long g_count = 0;

const char* root()
{
    static const char* value = getenv("MAILSETUP_KILL_ROOT");
    return value;
}

long killAt()
{
    static const long value = getenv("MAILSETUP_KILL_AT") ? atol(getenv("MAILSETUP_KILL_AT")) : 0;
    return value;
}

bool underRoot(const char* path)
{
    const char* r = root();
    return r && path && strncmp(path, r, strlen(r)) == 0;
}

bool fdUnderRoot(int fd)
{
    if (!root())
        return false;
    char link[64];
    char target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return false;
    target[n] = '\0';
    return underRoot(target);
}

void step(bool counts)
{
    if (!counts)
        return;
    ++g_count;
    if (killAt() > 0 && g_count >= killAt())
        kill(getpid(), SIGKILL);
}

template <typename F> F real(const char* name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

bool writes(int flags)
{
    return (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC)) != 0;
}

mode_t modeArgument(int flags, va_list args)
{
    return (flags & (O_CREAT | __O_TMPFILE)) ? mode_t(va_arg(args, int)) : 0;
}

struct ReportAtExit
{
    ~ReportAtExit()
    {
        if (const char* file = getenv("MAILSETUP_KILL_COUNT")) {
            if (FILE* f = fopen(file, "w")) {
                fprintf(f, "%ld\n", g_count);
                fclose(f);
            }
        }
    }
} reportAtExit;

} // namespace

extern "C" {

#define MAILSETUP_OPEN(NAME)                                                                                 \
    int NAME(const char* path, int flags, ...)                                                               \
    {                                                                                                        \
        va_list args;                                                                                        \
        va_start(args, flags);                                                                               \
        const mode_t mode = modeArgument(flags, args);                                                       \
        va_end(args);                                                                                        \
        step(writes(flags) && underRoot(path));                                                              \
        return real<int (*)(const char*, int, ...)>(#NAME)(path, flags, mode);                               \
    }
MAILSETUP_OPEN(open)
MAILSETUP_OPEN(open64)

#define MAILSETUP_OPENAT(NAME)                                                                               \
    int NAME(int dirfd, const char* path, int flags, ...)                                                    \
    {                                                                                                        \
        va_list args;                                                                                        \
        va_start(args, flags);                                                                               \
        const mode_t mode = modeArgument(flags, args);                                                       \
        va_end(args);                                                                                        \
        step(writes(flags) && (underRoot(path) || (path[0] != '/' && fdUnderRoot(dirfd))));                  \
        return real<int (*)(int, const char*, int, ...)>(#NAME)(dirfd, path, flags, mode);                   \
    }
MAILSETUP_OPENAT(openat)
MAILSETUP_OPENAT(openat64)

ssize_t write(int fd, const void* buffer, size_t size)
{
    step(fdUnderRoot(fd));
    return real<ssize_t (*)(int, const void*, size_t)>("write")(fd, buffer, size);
}

ssize_t writev(int fd, const struct iovec* iov, int count)
{
    step(fdUnderRoot(fd));
    return real<ssize_t (*)(int, const struct iovec*, int)>("writev")(fd, iov, count);
}

ssize_t pwrite64(int fd, const void* buffer, size_t size, off64_t offset)
{
    step(fdUnderRoot(fd));
    return real<ssize_t (*)(int, const void*, size_t, off64_t)>("pwrite64")(fd, buffer, size, offset);
}

int ftruncate64(int fd, off64_t length)
{
    step(fdUnderRoot(fd));
    return real<int (*)(int, off64_t)>("ftruncate64")(fd, length);
}

int fsync(int fd)
{
    step(fdUnderRoot(fd));
    return real<int (*)(int)>("fsync")(fd);
}

int fdatasync(int fd)
{
    step(fdUnderRoot(fd));
    return real<int (*)(int)>("fdatasync")(fd);
}

int fchmod(int fd, mode_t mode)
{
    step(fdUnderRoot(fd));
    return real<int (*)(int, mode_t)>("fchmod")(fd, mode);
}

int chmod(const char* path, mode_t mode)
{
    step(underRoot(path));
    return real<int (*)(const char*, mode_t)>("chmod")(path, mode);
}

int rename(const char* from, const char* to)
{
    step(underRoot(from) || underRoot(to));
    return real<int (*)(const char*, const char*)>("rename")(from, to);
}

int renameat(int fromDir, const char* from, int toDir, const char* to)
{
    step(underRoot(from) || underRoot(to) || fdUnderRoot(fromDir) || fdUnderRoot(toDir));
    return real<int (*)(int, const char*, int, const char*)>("renameat")(fromDir, from, toDir, to);
}

int renameat2(int fromDir, const char* from, int toDir, const char* to, unsigned flags)
{
    step(underRoot(from) || underRoot(to) || fdUnderRoot(fromDir) || fdUnderRoot(toDir));
    return real<int (*)(int, const char*, int, const char*, unsigned)>("renameat2")(fromDir, from, toDir, to,
                                                                                    flags);
}

int link(const char* from, const char* to)
{
    step(underRoot(from) || underRoot(to));
    return real<int (*)(const char*, const char*)>("link")(from, to);
}

int linkat(int fromDir, const char* from, int toDir, const char* to, int flags)
{
    step(underRoot(from) || underRoot(to) || fdUnderRoot(fromDir) || fdUnderRoot(toDir));
    return real<int (*)(int, const char*, int, const char*, int)>("linkat")(fromDir, from, toDir, to, flags);
}

int unlink(const char* path)
{
    step(underRoot(path));
    return real<int (*)(const char*)>("unlink")(path);
}

int unlinkat(int dir, const char* path, int flags)
{
    step(underRoot(path) || fdUnderRoot(dir));
    return real<int (*)(int, const char*, int)>("unlinkat")(dir, path, flags);
}

int mkdir(const char* path, mode_t mode)
{
    step(underRoot(path));
    return real<int (*)(const char*, mode_t)>("mkdir")(path, mode);
}

} // extern "C"
