#!/usr/bin/env python3
"""Differential conformance runner for Smolder.

    python3 Tests/conformance/run.py --smolder PATH [-j N] [--xfail FILE]
                                     [--write-xfail FILE] [--show CASE] [filters...]

Runs every selected case that has an expectation and compares stdout
(exactly), the exit status, and the last non-empty line of stderr.
Ends with one line: `conformance: N passed, M failed[, K xfailed]`.
Exit status is 0 when nothing failed (xfailed cases do not count).
"""

import argparse
import difflib
import os
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor

import caselib

TIMEOUT = 20
DEFAULT_XFAIL = caselib.HERE / "xfail.txt"


def short(text, limit=80):
    r = repr(text)
    return r if len(r) <= limit else r[:limit - 3] + "..."


def first_stdout_difference(expected, actual):
    exp_lines = expected.splitlines(keepends=True)
    act_lines = actual.splitlines(keepends=True)
    for i in range(max(len(exp_lines), len(act_lines))):
        e = exp_lines[i] if i < len(exp_lines) else None
        a = act_lines[i] if i < len(act_lines) else None
        if e != a:
            e_s = "<EOF>" if e is None else short(e)
            a_s = "<EOF>" if a is None else short(a)
            return f"stdout line {i + 1}: expected {e_s}, got {a_s}"
    return None


def failure_reason(expected, actual):
    """None if the run matches; otherwise a one-line explanation.
    The actual stderr line is attached to exit-status mismatches because it
    usually names the exception that cut the program short."""
    if actual["signal"]:
        return f"CRASH (signal {actual['signal']})"
    if actual["timeout"]:
        return f"TIMEOUT (after {TIMEOUT} s)"
    status_ok = expected["exit_status"] == actual["exit_status"]
    status_note = (f"exit status expected {expected['exit_status']}, "
                   f"got {actual['exit_status']} "
                   f"(stderr: {short(actual['stderr_last_line'])})")
    diff = first_stdout_difference(expected["stdout"], actual["stdout"])
    if diff:
        return diff + ("" if status_ok else "; " + status_note)
    if not status_ok:
        return status_note
    if expected["stderr_last_line"] != actual["stderr_last_line"]:
        return (f"stderr last line: expected {short(expected['stderr_last_line'])}, "
                f"got {short(actual['stderr_last_line'])}")
    return None


def read_xfail(path):
    if not path or not os.path.exists(path):
        return set()
    entries = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                entries.add(line)
    return entries


def write_xfail(path, failing, selected, previous):
    """Write the failing cases. Entries for cases that were not selected in
    this run are kept, so a filtered run does not forget the others."""
    kept = {c for c in previous if c not in set(selected)}
    entries = sorted(kept | set(failing))
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Conformance cases known to fail (relative to Tests/conformance/cases).\n")
        f.write("# Regenerate with: run.py --smolder BIN --write-xfail Tests/conformance/xfail.txt\n")
        for entry in entries:
            f.write(entry + "\n")


def show(interpreter, rel):
    """Print a unified diff of expected vs actual for one case."""
    expected = caselib.load_expectation(rel)
    if expected is None:
        sys.exit(f"run: no expectation for {rel}")
    actual = caselib.run_case(interpreter, rel, TIMEOUT)

    def render(r):
        status = r["exit_status"]
        if r.get("signal"):
            status = f"signal {r['signal']}"
        elif r.get("timeout"):
            status = "timeout"
        return (r["stdout"].splitlines(keepends=True)
                + ["[exit status: %s]\n" % status,
                   "[stderr last line: %s]\n" % r["stderr_last_line"]])

    exp, act = render(expected), render(actual)
    diff = list(difflib.unified_diff(exp, act, f"expected/{rel}", f"actual/{rel}"))
    if not diff:
        print(f"{rel}: matches")
        return 0
    for line in diff:
        sys.stdout.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return 1


def resolve_binary(path):
    found = shutil.which(path) if os.sep not in path else None
    resolved = os.path.abspath(found or path)
    if not os.access(resolved, os.X_OK):
        sys.exit(f"run: {path} is not an executable")
    return resolved


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("filters", nargs="*", help="areas, case paths or globs")
    ap.add_argument("--smolder", required=True, help="interpreter binary to test")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--xfail", default=None,
                    help="known-failure list (default Tests/conformance/xfail.txt if present)")
    ap.add_argument("--write-xfail", metavar="FILE",
                    help="write the currently failing cases to FILE")
    ap.add_argument("--show", metavar="CASE", help="diff expected vs actual for one case")
    args = ap.parse_args()

    binary = resolve_binary(args.smolder)

    if args.show:
        matched = caselib.select(caselib.all_cases(), [args.show])
        if len(matched) != 1:
            sys.exit(f"run: --show needs exactly one case, {args.show!r} matched {len(matched)}")
        return show(binary, matched[0])

    if args.xfail and not os.path.exists(args.xfail):
        sys.exit(f"run: xfail list {args.xfail} does not exist")
    xfail_path = args.xfail or (DEFAULT_XFAIL if DEFAULT_XFAIL.exists() else None)
    xfail = read_xfail(xfail_path)

    selected = caselib.select(caselib.all_cases(), args.filters)
    cases = [c for c in selected if caselib.expectation_path(c).exists()]
    missing = len(selected) - len(cases)
    if missing:
        print(f"note: {missing} selected case(s) have no expectation; "
              "run regenerate.py", file=sys.stderr)

    def check(rel):
        return rel, failure_reason(caselib.load_expectation(rel),
                                   caselib.run_case(binary, rel, TIMEOUT))

    passed = failed = xfailed = 0
    failing = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        # map() yields in submission order, so the report is stable.
        for rel, reason in pool.map(check, cases):
            if reason is None:
                passed += 1
                if rel in xfail:
                    print(f"XPASS {rel} (remove it from the xfail list)")
                continue
            failing.append(rel)
            if rel in xfail:
                xfailed += 1
                continue
            failed += 1
            kind, _, detail = reason.partition(" ")
            if kind in ("CRASH", "TIMEOUT"):
                print(f"{kind} {rel} {detail}")
            else:
                print(f"FAIL {rel}: {reason}")
            sys.stdout.flush()

    if args.write_xfail:
        write_xfail(args.write_xfail, failing, selected, read_xfail(args.write_xfail))

    summary = f"conformance: {passed} passed, {failed} failed"
    if xfailed:
        summary += f", {xfailed} xfailed"
    print(summary)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
