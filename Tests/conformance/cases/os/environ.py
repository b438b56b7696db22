import os

os.environ["SMOLDER_TEST_VAR"] = "value 1"
print(os.environ["SMOLDER_TEST_VAR"], os.getenv("SMOLDER_TEST_VAR"))
print("SMOLDER_TEST_VAR" in os.environ, os.environ.get("SMOLDER_TEST_VAR"))
print(os.getenv("SMOLDER_NOT_SET"), os.getenv("SMOLDER_NOT_SET", "dflt"))
os.environ.setdefault("SMOLDER_TEST_VAR", "other")
os.environ.setdefault("SMOLDER_TEST_2", "two")
print(os.environ["SMOLDER_TEST_2"])
print(os.environ.pop("SMOLDER_TEST_2"), os.environ.pop("SMOLDER_TEST_2", "gone"))
del os.environ["SMOLDER_TEST_VAR"]
print("SMOLDER_TEST_VAR" in os.environ)
try:
    os.environ["SMOLDER_NOT_SET"]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ["SMOLDER_NOT_SET"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
os.environ.update({"SMOLDER_A": "a"}, SMOLDER_B="b")
print(os.environ["SMOLDER_A"], os.environ["SMOLDER_B"])
print(isinstance(os.environ.copy(), dict), len(os.environ) > 0)
print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.devnull, os.pathsep, os.extsep)
print(os.path is __import__("posixpath"))
print(os.fsencode("abc"), os.fsdecode(b"abc"), os.fspath(b"x"))

class P:
    def __fspath__(self):
        return "/p"

print(os.fspath(P()), isinstance(P(), os.PathLike), isinstance("x", os.PathLike))
print(os.path.join(P(), "q"))
print(type(os.getpid()).__name__, os.getpid() == os.getpid(), type(os.cpu_count()).__name__)
print(len(os.urandom(16)), type(os.urandom(4)).__name__)
print(os.uname().sysname, len(os.uname()))
print(os.isatty(99999) if False else "skip")
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.waitstatus_to_exitcode(256), os.WIFEXITED(0), os.WEXITSTATUS(512))
print(os.get_exec_path({"PATH": "/a:/b"}))
