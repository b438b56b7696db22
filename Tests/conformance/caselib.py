"""Shared helpers for the conformance scripts: finding cases, running one
program the canonical way, and reading/writing expectations."""

import fnmatch
import json
import os
import signal
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES_DIR = HERE / "cases"
EXPECTED_SUFFIX = ".expected.json"


def all_cases():
    """Every case file, as paths relative to CASES_DIR (posix strings), sorted.

    A case is `<area>/<name>.py`; files deeper down are modules and packages the cases of that
    area import (multi-module programs), not cases themselves."""
    return sorted(p.relative_to(CASES_DIR).as_posix()
                  for p in CASES_DIR.glob("*/*.py"))


def _normalise_filter(pattern):
    """Accept a filter written relative to CASES_DIR, or as a real path
    (relative to the current directory or absolute), and return it
    relative to CASES_DIR so it can be matched against case names."""
    p = Path(pattern)
    if p.exists():
        try:
            return p.resolve().relative_to(CASES_DIR).as_posix() or "."
        except ValueError:
            pass
    return pattern.rstrip("/")


def select(cases, filters):
    """Keep the cases matched by any filter: an area name or directory,
    an exact case (with or without .py), or a glob."""
    if not filters:
        return list(cases)
    pats = [_normalise_filter(f) for f in filters]

    def matches(rel):
        for pat in pats:
            if pat == "." or rel == pat or rel == pat + ".py":
                return True
            if rel.startswith(pat + "/"):
                return True
            if fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(rel, pat + ".py"):
                return True
        return False

    return [c for c in cases if matches(c)]


def expectation_path(rel):
    return CASES_DIR / (rel[:-3] + EXPECTED_SUFFIX)


def load_expectation(rel):
    path = expectation_path(rel)
    if not path.exists():
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write_expectation(rel, result):
    data = {k: result[k] for k in ("stdout", "exit_status", "stderr_last_line")}
    with open(expectation_path(rel), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")


def last_nonempty_line(text):
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def clean_env(hash_seed=None):
    """The parent's environment minus PYTHON* variables (a stray PYTHONPATH
    or PYTHONSTARTUP must not leak into cases), with UTF-8 I/O forced so
    non-ASCII output does not depend on the locale."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUTF8"] = "1"
    if hash_seed is not None:
        env["PYTHONHASHSEED"] = str(hash_seed)
    return env


def run_case(interpreter, rel, timeout, hash_seed=None):
    """Run one case: cwd is the case's folder, argv is just the file name
    (so sys.argv and tracebacks do not depend on where the repo lives),
    stdin is /dev/null.

    Returns a dict with stdout, exit_status, stderr_last_line, and
    'timeout' (bool) / 'signal' (int or None) describing abnormal ends."""
    path = CASES_DIR / rel
    # A new session lets a timeout kill the whole process group, so a
    # stray grandchild cannot keep the pipes open and hang the runner.
    proc = subprocess.Popen(
        [interpreter, path.name],
        cwd=path.parent,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(hash_seed),
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        out, err = proc.communicate()
        return {"stdout": _decode(out), "exit_status": None,
                "stderr_last_line": last_nonempty_line(_decode(err)),
                "timeout": True, "signal": None}
    status = proc.returncode
    # CPython makes the script path absolute (tracebacks, __file__): hide where the repo lives.
    folder = str(path.parent)
    return {
        "stdout": _decode(out).replace(folder, "<casedir>"),
        "exit_status": status,
        "stderr_last_line": last_nonempty_line(_decode(err)).replace(folder, "<casedir>"),
        "timeout": False,
        "signal": -status if status < 0 else None,
    }


def _kill_group(proc):
    # Only called before the child is reaped, so its pid (= group id) is
    # still ours and cannot have been reused.
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


def _decode(data):
    if data is None:
        return ""
    return data.decode("utf-8", errors="replace")
