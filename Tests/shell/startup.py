#!/usr/bin/env python3
"""Start-up side by side: how long the Smolder shell takes until it is ready to read (prompt shown,
terminal switched to editing mode) against the wall time of `python3 -c pass`. Medians of N runs.

    python3 Tests/shell/startup.py --smolder .build/release/smolder [-n 30]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from terminal import Terminal  # noqa: E402


def shell_ready(smolder, env):
    start = time.monotonic()
    t = Terminal([smolder, "-q"], env)
    try:
        t.expect(">>> ")
        return time.monotonic() - start
    finally:
        t.kill()


def python_pass(python):
    start = time.monotonic()
    subprocess.run([python, "-c", "pass"], check=True)
    return time.monotonic() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--smolder", required=True)
    parser.add_argument("--python", default="python3")
    parser.add_argument("-n", type=int, default=30)
    args = parser.parse_args()
    smolder = os.path.abspath(args.smolder)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, TERM="xterm", NO_COLOR="1", HOME=home, SMOLDER_HISTORY=os.path.join(home, "h"))
        shell, python = [], []
        for _ in range(args.n):  # interleaved, so both see the same machine load
            shell.append(shell_ready(smolder, env))
            python.append(python_pass(args.python))
    print(f"smolder shell ready to read: median {1000 * statistics.median(shell):.1f} ms "
          f"(min {1000 * min(shell):.1f})")
    print(f"python3 -c pass:             median {1000 * statistics.median(python):.1f} ms "
          f"(min {1000 * min(python):.1f})")


if __name__ == "__main__":
    main()
