import errno
import os

for name in ["ENOENT", "EEXIST", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "EINTR", "EAGAIN", "EWOULDBLOCK",
             "EPIPE", "EINVAL", "ENOTEMPTY", "EBADF", "ECHILD", "ESRCH", "ETIMEDOUT", "ECONNREFUSED", "ENOSYS",
             "EDEADLK", "EDEADLOCK", "ENOTSUP", "EOPNOTSUPP", "ELOOP", "ENAMETOOLONG", "ERANGE", "EDOM"]:
    value = getattr(errno, name)
    print(name, value, errno.errorcode[value])
print(len(errno.errorcode) > 100, sorted(errno.errorcode)[:5])
try:
    os.rmdir("/")
except OSError as e:
    print(e.errno in (errno.EBUSY, errno.EPERM, errno.EACCES), errno.errorcode[e.errno] in ("EBUSY", "EPERM", "EACCES"))
try:
    os.stat("/no/such/path/here")
except OSError as e:
    print(e.errno == errno.ENOENT, os.strerror(e.errno))
