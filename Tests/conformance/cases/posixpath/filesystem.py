import os
import os.path as p
import tempfile

base = p.realpath(tempfile.mkdtemp())
os.chdir(base)
os.mkdir("d")
with open("d/f", "w") as f:
    f.write("12345")
os.symlink("d/f", "lf")
os.symlink("d", "ld")
os.symlink("missing", "broken")
for name in ["d", "d/f", "lf", "ld", "broken", "nothing"]:
    print(name, p.exists(name), p.lexists(name), p.isfile(name), p.isdir(name), p.islink(name))
print(p.getsize("d/f"), p.getsize("lf"))
print(p.realpath("lf") == p.join(base, "d/f"), p.realpath("ld/f") == p.join(base, "d/f"))
print(p.relpath(p.realpath("ld/f"), base))
print(p.samefile("lf", "d/f"), p.samefile("d", "ld"))
print(p.abspath("d/../x") == p.join(base, "x"))
try:
    p.getsize("nothing")
except FileNotFoundError as e:
    print(e)
print(p.ismount("/"), p.ismount("d"))
os.chdir("/")
import shutil
shutil.rmtree(base)
print(p.exists(base))
