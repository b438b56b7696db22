#!/usr/bin/env python3
"""Traceback conformance: runs each program in Tests/tracebacks/cases through python3 and smolder and
compares the whole of stderr (the conformance suite only compares its last line), so source lines,
`^`/`~` error markers, chained exceptions and frame folding must all match.

    python3 Tests/tracebacks/run.py --smolder .build/release/smolder [name filters]
"""
import argparse
import difflib
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")


def run(command, path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    result = subprocess.run(command + [path], capture_output=True, text=True, env=env, timeout=60, cwd=CASES)
    return result.stderr.replace(CASES + os.sep, "<cases>/")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--smolder", required=True)
    parser.add_argument("--python", default="python3")
    parser.add_argument("filters", nargs="*")
    args = parser.parse_args()
    smolder = os.path.abspath(args.smolder)
    paths = sorted(glob.glob(os.path.join(CASES, "*.py")))
    if args.filters:
        paths = [p for p in paths if any(f in os.path.basename(p) for f in args.filters)]
    failures = 0
    for path in paths:
        name = os.path.basename(path)[:-3]
        expected = run([args.python], path)
        actual = run([smolder], path)
        if expected != actual:
            failures += 1
            print(f"FAIL {name}")
            for line in difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                             "python3", "smolder", lineterm="", n=1):
                print("  " + line)
    print(f"{len(paths) - failures}/{len(paths)} traceback cases match")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
