#!/usr/bin/env python3
"""Start-up of a large generated app: Smolder eager, Smolder lazy, and CPython, all with warm
compiled-code caches.

    python3 Tests/bench/startup.py [--smolder PATH] [--runs N] [--modules N]

Generates the app (Tests/bench/startup/make_app.py) in a temporary folder, warms the caches
(CPython's .pyc files with compileall; Smolder's `__pycache__/*.smolder-N.pyc` with one untimed run
of each Smolder configuration, PYTHONDONTWRITEBYTECODE removed from its environment), then runs
`manage.py --help --count` under each interpreter in alternation, and prints the best wall time,
the peak memory (max RSS) and the number of app modules loaded. Ratios, not absolute numbers, are
what to compare on a shared machine.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "startup"))
import make_app  # noqa: E402


def run_with_rusage(command, cwd, env=None):
    """Runs a command; returns (seconds, stdout, max RSS in KiB, exit status)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.stdout.close()
    return elapsed, out.decode(), usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--smolder", default=os.path.join(HERE, "..", "..", ".build", "release", "smolder"))
    parser.add_argument("--python", default="python3")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--modules", type=int, default=1100)
    args = parser.parse_args()
    smolder = os.path.abspath(args.smolder)
    with tempfile.TemporaryDirectory() as folder:
        make_app.generate(folder, args.modules)
        files = sum(len([f for f in fs if f.endswith(".py")]) for _, _, fs in os.walk(folder))
        subprocess.run([args.python, "-m", "compileall", "-q", folder], check=True)  # warm .pyc cache
        configs = [
            ("smolder eager", [smolder, "manage.py", "--help", "--count"]),
            ("smolder lazy (-L)", [smolder, "-L", "manage.py", "--help", "--count"]),
            ("python3 (warm .pyc)", [args.python, "manage.py", "--help", "--count"]),
        ]
        writing = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        for name, command in configs:
            if name.startswith("smolder"):  # warm Smolder's cache (untimed)
                _, _, _, status = run_with_rusage(command, folder, env=writing)
                if status != 0:
                    sys.exit(f"{name} failed with status {status} while warming its cache")
        best = {name: None for name, _ in configs}
        for _ in range(args.runs):
            for name, command in configs:
                seconds, out, rss, status = run_with_rusage(command, folder)
                if status != 0:
                    sys.exit(f"{name} failed with status {status}")
                loaded = int(out.strip().splitlines()[-1].split(":")[1])
                previous = best[name]
                if previous is None or seconds < previous[0]:
                    best[name] = (seconds, rss if previous is None else min(rss, previous[1]), loaded)
                else:
                    best[name] = (previous[0], min(rss, previous[1]), loaded)
    print(f"app: {files} modules; command: manage.py --help --count; best of {args.runs} alternating runs")
    print(f"{'run':22} {'wall (s)':>9} {'peak RSS (MiB)':>15} {'app modules loaded':>19}")
    for name, (seconds, rss, loaded) in best.items():
        print(f"{name:22} {seconds:9.3f} {rss / 1024:15.1f} {loaded:19}")
    eager, lazy, cpython = best["smolder eager"], best["smolder lazy (-L)"], best["python3 (warm .pyc)"]
    print(f"lazy/eager modules loaded: 1/{eager[2] / lazy[2]:.1f}")
    print(f"lazy/eager wall time: {lazy[0] / eager[0]:.2f}")
    print(f"lazy peak memory below eager: {100 * (1 - lazy[1] / eager[1]):.0f}%")
    print(f"smolder eager / python3 warm wall time: {eager[0] / cpython[0]:.2f}")


if __name__ == "__main__":
    main()
