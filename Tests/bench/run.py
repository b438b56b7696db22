#!/usr/bin/env python3
"""Times benchmark programs under python3 and smolder, alternating runs, and prints ratios.

Usage: python3 Tests/bench/run.py [--smolder PATH] [--runs N] [programs...]
Reports the best wall time of N alternating runs for each interpreter and smolder/python3.
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def time_once(command):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    return elapsed, result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--smolder", default=os.path.join(HERE, "..", "..", ".build", "release", "smolder"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()
    programs = args.programs or sorted(
        os.path.join(HERE, "programs", p) for p in os.listdir(os.path.join(HERE, "programs")) if p.endswith(".py"))
    print(f"{'program':<16} {'python3 (s)':>12} {'smolder (s)':>12} {'ratio':>7}  output")
    ratios = []
    for program in programs:
        best = {"python3": float("inf"), "smolder": float("inf")}
        outputs = {}
        for _ in range(args.runs):
            for name, command in (("python3", [sys.executable, program]), ("smolder", [args.smolder, program])):
                elapsed, result = time_once(command)
                best[name] = min(best[name], elapsed)
                outputs[name] = (result.returncode, result.stdout)
        same = "same" if outputs["python3"] == outputs["smolder"] else "DIFFERENT"
        ratio = best["smolder"] / best["python3"]
        ratios.append(ratio)
        print(f"{os.path.basename(program)[:-3]:<16} {best['python3']:>12.3f} {best['smolder']:>12.3f} {ratio:>7.2f}  {same}")
    geomean = 1.0
    for r in ratios:
        geomean *= r
    geomean **= 1 / len(ratios)
    print(f"{'geometric mean':<16} {'':>12} {'':>12} {geomean:>7.2f}")


if __name__ == "__main__":
    main()
