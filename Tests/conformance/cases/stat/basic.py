import os
import stat
import tempfile

for mode in [0o100644, 0o040755, 0o120777, 0o010600, 0o020600, 0o060600, 0o140700, 0o104755, 0o102755, 0o041777, 0o100000]:
    print(oct(mode), stat.S_ISREG(mode), stat.S_ISDIR(mode), stat.S_ISLNK(mode), stat.S_ISFIFO(mode),
          stat.S_ISCHR(mode), stat.S_ISBLK(mode), stat.S_ISSOCK(mode), oct(stat.S_IMODE(mode)),
          oct(stat.S_IFMT(mode)), stat.filemode(mode))
print(stat.S_IRUSR, stat.S_IWUSR, stat.S_IXUSR, stat.S_IRWXU, stat.S_IRWXG, stat.S_IRWXO, stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME)
d = tempfile.mkdtemp()
path = os.path.join(d, "f")
open(path, "w").close()
os.chmod(path, 0o640)
st = os.stat(path)
print(stat.S_ISREG(st.st_mode), oct(stat.S_IMODE(st.st_mode)), stat.filemode(st.st_mode), st[stat.ST_SIZE])
print(stat.S_ISDIR(os.stat(d).st_mode))
os.unlink(path)
os.rmdir(d)
