#!/usr/bin/env python3
"""Regenerate conformance expectations by running CPython 3.11.

    python3 Tests/conformance/regenerate.py [--all] [--python EXE] [-j N] [filters...]

By default only cases without a <name>.expected.json are run. Each case is
run twice with different PYTHONHASHSEED values; if the two runs disagree the
case is non-deterministic, so it is reported and no expectation is written.
"""

import argparse
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import caselib

TIMEOUT = 10
HASH_SEEDS = (0, 4242)  # 0 disables randomisation; the other is arbitrary


def check_python(python):
    """Expectations must come from CPython 3.11, not whatever python3 is."""
    out = subprocess.run(
        [python, "-c", "import sys, platform; "
         "print(platform.python_implementation(), *sys.version_info[:2])"],
        capture_output=True, text=True, env=caselib.clean_env())
    if out.stdout.split() != ["CPython", "3", "11"]:
        sys.exit(f"regenerate: {python} is not CPython 3.11 "
                 f"({out.stdout.strip() or out.stderr.strip()})")


def comparable(result):
    return (result["stdout"], result["exit_status"], result["stderr_last_line"])


def generate(python, rel):
    """Return (rel, error message or None); writes the expectation on success."""
    runs = [caselib.run_case(python, rel, TIMEOUT, seed) for seed in HASH_SEEDS]
    for r in runs:
        if r["timeout"]:
            return rel, f"timed out after {TIMEOUT}s"
        if r["signal"]:
            return rel, f"killed by signal {r['signal']}"
    if comparable(runs[0]) != comparable(runs[1]):
        return rel, "output differs between hash seeds (non-deterministic)"
    caselib.write_expectation(rel, runs[0])
    return rel, None


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("filters", nargs="*", help="areas, case paths or globs")
    ap.add_argument("--all", action="store_true",
                    help="regenerate every selected case, not only missing ones")
    ap.add_argument("--python", default="python3", help="CPython 3.11 executable")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()

    python = shutil.which(args.python) or args.python
    check_python(python)

    cases = caselib.select(caselib.all_cases(), args.filters)
    if not args.all:
        cases = [c for c in cases if not caselib.expectation_path(c).exists()]

    refused = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for rel, error in pool.map(lambda c: generate(python, c), cases):
            if error:
                refused.append(rel)
                print(f"REFUSED {rel}: {error}")

    print(f"regenerate: {len(cases) - len(refused)} written, {len(refused)} refused")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
