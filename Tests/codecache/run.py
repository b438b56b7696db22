#!/usr/bin/env python3
"""The compiled-code cache (`__pycache__/<module>.smolder-<format>.pyc`) side by side with python3's
`.pyc` cache: each scenario runs the same steps (runs, source edits, cache damage) once with python3
and once with smolder, each in its own fresh folder, and compares what they observe: outputs, whole
stderr (paths normalised), exit statuses, whether the module's cache file exists and whether a run
rewrote it. Where CPython's behaviour is not the one wanted (a damaged cache is ignored and replaced,
where CPython may fail), the scenario checks the stated behaviour instead.

    python3 Tests/codecache/run.py --smolder .build/release/smolder [name filters]
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile

PACKAGE = {
    "pkg/__init__.py": "from .mod import VALUE, twice\nprint('init', __name__)\n",
    "pkg/mod.py": "VALUE = 41\n\ndef twice(x):\n    return 2 * x\n\nprint('mod', VALUE)\n",
    "main.py": "import pkg\nprint(pkg.VALUE, pkg.twice(pkg.VALUE))\n",
}

FAILING = {
    "lib.py": (
        "def inner(data):\n"
        "    return data['missing'] + 1\n"
        "\n"
        "def outer(x):\n"
        "    total = x * 2\n"
        "    return inner({'present': total})\n"
    ),
    "badmod.py": "X = 1\nY = [X, X + 1]\nZ = Y[0] / (Y[1] - 2)\n",
    "syntaxmod.py": "def f(:\n    pass\n",
    "main.py": "import lib\nlib.outer(3)\n",
    "main_import.py": "import badmod\n",
    "main_syntax.py": "import syntaxmod\n",
}


class Interpreter:
    def __init__(self, label, command, tag):
        self.label, self.command, self.tag = label, command, tag

    def run(self, folder, arguments, env=None):
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        full_env.update(env or {})
        result = subprocess.run(self.command + arguments, capture_output=True, text=True, env=full_env,
                                timeout=60, cwd=folder)
        err = result.stderr.replace(folder + os.sep, "<dir>/")
        return f"status {result.returncode}\nstdout:\n{result.stdout}stderr:\n{err}"

    def cache(self, folder, module):
        """The module's cache file (relative to folder), or None."""
        parent, _, stem = module.rpartition("/")
        pattern = os.path.join(folder, parent, "__pycache__", f"{stem}.{self.tag}-*.pyc")
        found = glob.glob(pattern)
        return found[0] if found else None


def write(folder, files):
    for rel, text in files.items():
        path = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


def identity(path):
    info = os.stat(path)
    return info.st_ino, info.st_mtime_ns


def edit_same_size(path, old, new, mtime_shift_ns):
    """Replaces text keeping the file size, then sets the mtime to the old one plus a shift."""
    assert len(old) == len(new)
    info = os.stat(path)
    with open(path) as f:
        text = f.read()
    with open(path, "w") as f:
        f.write(text.replace(old, new))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + mtime_shift_ns))


# Each scenario: (name, function(interpreter, folder) -> list of observations, compare_with_python).
# With compare_with_python False, smolder's observations are checked against `expected` instead.

def reuse(it, folder):
    """(a) A second run reads the cache: it is not rewritten, and a same-size edit that keeps the
    mtime goes unnoticed (as CPython's own cache does)."""
    write(folder, PACKAGE)
    out = [it.run(folder, ["main.py"])]
    cache = it.cache(folder, "pkg/mod")
    init_cache = it.cache(folder, "pkg/__init__")
    out.append(f"caches written: {cache is not None} {init_cache is not None}")
    out.append(f"main script cached: {it.cache(folder, 'main') is not None}")
    before = identity(cache)
    out.append(it.run(folder, ["main.py"]))
    out.append(f"rewritten by the second run: {identity(cache) != before}")
    edit_same_size(os.path.join(folder, "pkg/mod.py"), "VALUE = 41", "VALUE = 42", 0)
    out.append(it.run(folder, ["main.py"]))
    return out


def stale(it, folder):
    """(b) Editing the source (same size, different mtime) makes the next run use the new code."""
    write(folder, PACKAGE)
    out = [it.run(folder, ["main.py"])]
    cache = it.cache(folder, "pkg/mod")
    before = identity(cache)
    edit_same_size(os.path.join(folder, "pkg/mod.py"), "VALUE = 41", "VALUE = 43", 5_000_000_000)
    out.append(it.run(folder, ["main.py"]))
    out.append(f"rewritten: {identity(cache) != before}")
    before = identity(cache)
    out.append(it.run(folder, ["main.py"]))
    out.append(f"rewritten again: {identity(cache) != before}")
    # A different size with the mtime unchanged is stale too.
    path = os.path.join(folder, "pkg/mod.py")
    info = os.stat(path)
    with open(path, "a") as f:
        f.write("EXTRA = 1\nprint('extra', EXTRA)\n")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    out.append(it.run(folder, ["main.py"]))
    return out


def reload_after_edit(it, folder):
    """(b) An edit seen by importlib.reload within one process."""
    write(folder, {
        "rmod.py": "VALUE = 'old'\n",
        "main.py": (
            "import importlib, os, rmod\n"
            "print(rmod.VALUE)\n"
            "st = os.stat(rmod.__file__)\n"
            "with open(rmod.__file__, 'w') as f:\n"
            "    f.write(\"VALUE = 'newer'\\n\")\n"
            "os.utime(rmod.__file__, ns=(st.st_atime_ns, st.st_mtime_ns + 3_000_000_000))\n"
            "importlib.reload(rmod)\n"
            "print(rmod.VALUE)\n"
        ),
    })
    out = [it.run(folder, ["main.py"]), it.run(folder, ["main.py"])]
    return out


def damaged(it, folder):
    """(c) A truncated, bit-flipped or foreign cache file is ignored and replaced."""
    write(folder, PACKAGE)
    clean = it.run(folder, ["main.py"])
    cache = it.cache(folder, "pkg/mod")
    with open(cache, "rb") as f:
        good = f.read()
    out = []
    damages = {
        "empty": b"",
        "truncated header": good[:20],
        "truncated payload": good[:len(good) // 2],
        "flipped byte": good[:len(good) - 5] + bytes([good[-5] ^ 0x40]) + good[len(good) - 4:],
        "extra byte": good + b"\0",
        "garbage": bytes(range(256)) * 3,
        "python's cache": open(sys.executable, "rb").read(200),
    }
    for label, data in damages.items():
        with open(cache, "wb") as f:
            f.write(data)
        result = it.run(folder, ["main.py"])
        out.append(f"{label}: same output {result == clean}")
        with open(cache, "rb") as f:
            out.append(f"{label}: replaced by a good cache {f.read() == good}")
    return out


def no_writing(it, folder):
    """(d) -B, PYTHONDONTWRITEBYTECODE and sys.dont_write_bytecode write nothing; -E ignores the
    variable."""
    write(folder, PACKAGE)
    write(folder, {"flag.py": "import sys\nprint(sys.dont_write_bytecode)\nimport pkg\n",
                   "runtime.py": "import sys\nsys.dont_write_bytecode = True\nimport pkg\n"})
    out = []
    for label, arguments, env in [
        ("-B", ["-B", "flag.py"], {}),
        ("PYTHONDONTWRITEBYTECODE=1", ["flag.py"], {"PYTHONDONTWRITEBYTECODE": "1"}),
        ("PYTHONDONTWRITEBYTECODE=", ["flag.py"], {"PYTHONDONTWRITEBYTECODE": ""}),
        ("-E with PYTHONDONTWRITEBYTECODE=1", ["-E", "flag.py"], {"PYTHONDONTWRITEBYTECODE": "1"}),
        ("sys.dont_write_bytecode = True", ["runtime.py"], {}),
    ]:
        shutil.rmtree(os.path.join(folder, "pkg", "__pycache__"), ignore_errors=True)
        out.append(label)
        out.append(it.run(folder, arguments, env))
        out.append(f"cache written: {it.cache(folder, 'pkg/mod') is not None}")
    # Reading stays on: a cache written earlier is used under -B.
    it.run(folder, ["main.py"])
    cache = it.cache(folder, "pkg/mod")
    before = identity(cache)
    edit_same_size(os.path.join(folder, "pkg/mod.py"), "VALUE = 41", "VALUE = 44", 0)
    out.append(it.run(folder, ["-B", "main.py"]))
    out.append(f"rewritten: {identity(cache) != before}")
    return out


def unwritable(it, folder):
    """(e) A folder where the cache cannot be written still runs (silently)."""
    write(folder, PACKAGE)
    package = os.path.join(folder, "pkg")
    os.chmod(package, 0o555)
    try:
        out = [it.run(folder, ["main.py"]), it.run(folder, ["main.py"])]
    finally:
        os.chmod(package, 0o755)
    shutil.rmtree(os.path.join(package, "__pycache__"), ignore_errors=True)
    with open(os.path.join(package, "__pycache__"), "w") as f:
        f.write("a file where the cache folder should be\n")
    out += [it.run(folder, ["main.py"]), it.run(folder, ["main.py"])]
    out.append(f"cache written: {it.cache(folder, 'pkg/mod') is not None}")
    return out


def tracebacks(it, folder):
    """(f) Tracebacks through cached modules show the same source lines and markers."""
    write(folder, FAILING)
    out = []
    for script in ["main.py", "main_import.py", "main_syntax.py"]:
        first = it.run(folder, [script])
        second = it.run(folder, [script])
        out += [first, f"second run same: {first == second}"]
    out.append(f"caches: {it.cache(folder, 'lib') is not None} {it.cache(folder, 'badmod') is not None} "
               f"{it.cache(folder, 'syntaxmod') is not None}")
    return out


def run_module(it, folder):
    """`-m module` caches the module it runs (runpy's get_code does in CPython)."""
    write(folder, PACKAGE)
    write(folder, {"tool.py": "import pkg\nprint('tool', __name__)\n"})
    out = [it.run(folder, ["-m", "tool"]), it.run(folder, ["-m", "tool"])]
    out.append(f"caches: {it.cache(folder, 'tool') is not None} {it.cache(folder, 'pkg/mod') is not None}")
    return out


SCENARIOS = [reuse, stale, reload_after_edit, damaged, no_writing, unwritable, tracebacks, run_module]
# Scenarios whose expectations are stated here rather than taken from python3 (CPython may fail to
# import from a damaged .pyc: "bad marshal data").
STATED = {"damaged": lambda out: all(line.endswith("True") for line in out)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--smolder", required=True)
    parser.add_argument("--python", default="python3")
    parser.add_argument("filters", nargs="*")
    args = parser.parse_args()
    python = Interpreter("python3", [args.python], "cpython")
    smolder = Interpreter("smolder", [os.path.abspath(args.smolder)], "smolder")
    scenarios = [s for s in SCENARIOS if not args.filters or any(f in s.__name__ for f in args.filters)]
    failures = 0
    for scenario in scenarios:
        name = scenario.__name__
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            actual = scenario(smolder, os.path.realpath(b))
            if name in STATED:
                ok, expected = STATED[name](actual), None
            else:
                expected = scenario(python, os.path.realpath(a))
                ok = expected == actual
        if ok:
            continue
        failures += 1
        print(f"FAIL {name}")
        if expected is None:
            print("  " + "\n  ".join(actual))
            continue
        for i, (e, s) in enumerate(zip(expected, actual)):
            if e != s:
                print(f"  step {i}:\n    python3: {e!r}\n    smolder: {s!r}")
        if len(expected) != len(actual):
            print(f"  {len(expected)} python3 observations, {len(actual)} smolder ones")
    print(f"codecache: {len(scenarios) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
