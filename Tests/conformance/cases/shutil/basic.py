import os
import shutil
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
os.makedirs("src/sub")
with open("src/a.txt", "w") as f:
    f.write("alpha")
with open("src/sub/b.py", "w") as f:
    f.write("beta")
with open("src/sub/c.pyc", "w") as f:
    f.write("gamma")
os.chmod("src/a.txt", 0o600)
print(shutil.copyfile("src/a.txt", "copy1.txt"), open("copy1.txt").read())
print(shutil.copy("src/a.txt", "copy2.txt"), oct(os.stat("copy2.txt").st_mode & 0o777))
os.mkdir("dest")
print(shutil.copy("src/a.txt", "dest"))
os.utime("src/a.txt", (1000000000, 1000000000))
print(shutil.copy2("src/a.txt", "copy3.txt"), os.path.getmtime("copy3.txt"))
try:
    shutil.copyfile("src/a.txt", "src/a.txt")
except shutil.SameFileError as e:
    print(type(e).__name__, e)
try:
    shutil.copyfile("nope", "x")
except FileNotFoundError as e:
    print(type(e).__name__, e)
print(shutil.copytree("src", "tree"))
for root, dirs, files in os.walk("tree"):
    dirs.sort()
    print(root, sorted(files))
shutil.copytree("src", "tree2", ignore=shutil.ignore_patterns("*.pyc"))
print(sorted(os.listdir("tree2/sub")))
try:
    shutil.copytree("src", "tree2")
except FileExistsError as e:
    print(type(e).__name__, e)
shutil.copytree("src", "tree2", dirs_exist_ok=True)
print(sorted(os.listdir("tree2/sub")))
print(shutil.move("copy1.txt", "moved.txt"), os.path.exists("copy1.txt"))
print(shutil.move("moved.txt", "dest"))
print(shutil.move("tree2", "tree3"), sorted(os.listdir("tree3")))
try:
    shutil.move("copy2.txt", "dest")
    shutil.copy("src/a.txt", "copy2.txt")
    shutil.move("copy2.txt", "dest")
except shutil.Error as e:
    print("Error", e)
shutil.rmtree("tree")
print(os.path.exists("tree"))
try:
    shutil.rmtree("nope")
except FileNotFoundError as e:
    print(type(e).__name__, e)
shutil.rmtree("nope", ignore_errors=True)
calls = []
shutil.rmtree("nope", onerror=lambda f, p, e: calls.append((f.__name__, p, e[0].__name__)))
print(calls)
print(sorted(os.listdir(".")))
print(shutil.which("sh") is not None, shutil.which("no-such-program-zz"))
print(shutil.get_terminal_size((99, 11)) if "COLUMNS" not in os.environ else "skip")
os.chdir("/")
shutil.rmtree(base)
