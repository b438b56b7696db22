#!/usr/bin/env python3
"""The lazy-import suite: small multi-module programs, each run eagerly and lazily.

    python3 Tests/lazy/run.py --smolder .build/release/smolder [case ...]

Each case is a folder `cases/<name>/` holding `main.py`, the modules it imports, and `expect.json`:

    {
      "cpython": true,                 # main.py also runs on CPython 3.11 (no `lazy` syntax)
      "runs": [                        # Smolder runs, expectations written from the lazy-imports spec
        {"args": ["-L"], "env": {}, "stdout": "...", "exit_status": 0, "stderr_last_line": ""}
      ]
    }

With "cpython": true the case also runs under python3 and under Smolder without options, and
the two must agree (stdout, exit status, last stderr line): the eager expectation comes from CPython.
The case folder's absolute path is shown as <casedir> in outputs.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def run(command, folder, env):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    full_env["PYTHONIOENCODING"] = "utf-8"
    full_env.update(env)
    try:
        r = subprocess.run(command + ["main.py"], cwd=folder, capture_output=True, text=True,
                           env=full_env, timeout=60)
    except subprocess.TimeoutExpired:
        return {"stdout": "", "exit_status": None, "stderr_last_line": "timeout"}
    return {"stdout": r.stdout.replace(folder, "<casedir>"), "exit_status": r.returncode,
            "stderr_last_line": last_line(r.stderr).replace(folder, "<casedir>")}


def compare(label, expected, actual):
    problems = []
    for key in ("stdout", "exit_status", "stderr_last_line"):
        if key in expected and expected[key] != actual[key]:
            problems.append(f"  {label} {key}:\n    expected {expected[key]!r}\n    got      {actual[key]!r}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--smolder", required=True)
    parser.add_argument("--python", default="python3")
    parser.add_argument("cases", nargs="*")
    args = parser.parse_args()
    smolder = os.path.abspath(args.smolder)
    names = args.cases or sorted(n for n in os.listdir(CASES) if os.path.isdir(os.path.join(CASES, n)))
    passed = failed = 0
    for name in names:
        folder = os.path.join(CASES, name)
        with open(os.path.join(folder, "expect.json"), encoding="utf-8") as f:
            spec = json.load(f)
        problems = []
        if spec.get("cpython", True):
            expected = run([args.python], folder, {})
            problems += compare("eager (vs python3)", expected, run([smolder], folder, {}))
        for i, r in enumerate(spec.get("runs", [])):
            actual = run([smolder] + r.get("args", []), folder, r.get("env", {}))
            problems += compare(f"run {i} {' '.join(r.get('args', []))}", r, actual)
        if problems:
            failed += 1
            print(f"FAIL {name}")
            print("\n".join(problems))
        else:
            passed += 1
    print(f"lazy: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
