#!/usr/bin/env python3
"""Cost of lazy mode on global lookups: the same program with lazy imports off and on (-L).

    python3 Tests/bench/lazy_overhead.py [--smolder PATH] [--runs N]

Once the program's imports have resolved, its globals hold no deferred objects, so lookups should
cost the same in both modes. Prints the best of N alternating runs and the ratio lazy/eager.
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAM = os.path.join(HERE, "lazy", "global_lookups.py")


def best_time(command, runs_done, results):
    start = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    elapsed = time.perf_counter() - start
    results.setdefault(tuple(command), []).append((elapsed, out))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--smolder", default=os.path.join(HERE, "..", "..", ".build", "release", "smolder"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    eager = [args.smolder, PROGRAM]
    lazy = [args.smolder, "-L", PROGRAM]
    results = {}
    for i in range(args.runs):
        for command in (eager, lazy) if i % 2 == 0 else (lazy, eager):
            best_time(command, i, results)
    e = min(t for t, _ in results[tuple(eager)])
    l = min(t for t, _ in results[tuple(lazy)])
    same = {out for _, out in results[tuple(eager)]} == {out for _, out in results[tuple(lazy)]}
    print(f"global lookups, lazy off: {e:.3f}s  lazy on (-L): {l:.3f}s  ratio on/off: {l / e:.3f}  "
          f"output {'same' if same else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
