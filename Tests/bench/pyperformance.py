#!/usr/bin/env python3
"""Runs ten pyperformance benchmarks under python3 and smolder side by side; prints a table, writes a chart.

Usage: python3 Tests/bench/pyperformance.py [--smolder PATH] [--runs N] [--chart OUT.svg] [--unseen] [benchmarks...]

At run time (nothing of it is committed) the `pyperformance` 1.14.0 source distribution is downloaded
from PyPI with pip into .build/pyperformance/ (git-ignored; the wheel if no sdist is available), and the
benchmarks' `bm_<name>/run_benchmark.py` files are extracted from it byte for byte, unmodified. They
import `pyperf`; Tests/bench/pyperf_standin/ holds a small stand-in written for this project, put on
PYTHONPATH for both interpreters alike, which runs a benchmark in-process a fixed number of loops and
prints the time it measured in a `pyperf-standin:` line.

For each benchmark the runner first makes a correctness run under each interpreter (`--check`: the
stand-in records the benchmark's function results and data globals; chaos and raytrace also write
their image to a file) and compares everything printed, and the images, with python3's. A benchmark
that exits with an error, or prints or draws something different, is reported as FAILED with the
error's last line, and is not timed. Then it times N runs of each interpreter, alternating them
(python3 first on even runs, smolder first on odd ones). The table gives the median time per loop as
measured by the stand-in, the ratio smolder/python3 (the median of the ratios of the back-to-back
pairs of runs), and the same ratio for whole-process wall times (start-up included); the geometric mean is over the benchmarks that ran correctly. There are no
pass/fail thresholds, and this is not part of `make test` (`make bench` runs it).
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tarfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
STANDIN = os.path.join(HERE, "pyperf_standin")
VERSION = "1.14.0"
CACHE = os.path.join(ROOT, ".build", "pyperformance")

# Benchmark name -> loops per timed run (about half a second of CPython 3.11 per run on a laptop).
BENCHMARKS = {
    "richards": 5,
    "nbody": 3,
    "fannkuch": 1,
    "spectral_norm": 2,
    "deltablue": 50,
    "nqueens": 4,
    "float": 4,
    "chaos": 3,
    "go": 2,
    "raytrace": 1,
}
# `--unseen`: pure-Python benchmarks of the same package that Smolder was never tuned on, each run
# for one loop: the check that programs of the same kind also run correctly (and how fast). Left
# out: crypto_pyaes (needs the third-party pyaes) and regex_compile (imports two other benchmarks).
UNSEEN = {name: 1 for name in [
    "hexiom", "pidigits", "meteor_contest", "scimark", "richards_super", "mdp", "pyflate",
    "unpack_sequence", "generators", "comprehensions", "deepcopy", "json_dumps", "json_loads", "regex_v8",
    "regex_effbot", "bpe_tokeniser", "decimal_factorial",
]}
# Benchmarks that can write their picture to a file: compared byte for byte in the correctness run.
IMAGE_OPTION = {"chaos": "--filename", "raytrace": "--filename"}

TAG = "pyperf-standin: "


# ---------------------------------------------------------------------------------------- fetching

def _archives(cache):
    found = []
    for name in sorted(os.listdir(cache)):
        if name.startswith("pyperformance-" + VERSION) and (name.endswith(".tar.gz") or name.endswith(".whl")):
            found.append(os.path.join(cache, name))
    # Prefer the sdist.
    found.sort(key=lambda path: (not path.endswith(".tar.gz"), path))
    return found


def download(cache, python):
    os.makedirs(cache, exist_ok=True)
    archives = _archives(cache)
    if archives:
        return archives[0]
    base = [python, "-m", "pip", "download", "pyperformance==" + VERSION, "--no-deps", "-d", cache]
    attempts = [base + ["--no-binary", ":all:"], base + ["--only-binary", ":all:"]]
    errors = []
    for command in attempts:
        print("fetching:", " ".join(command), flush=True)
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        archives = _archives(cache)
        if result.returncode == 0 and archives:
            return archives[0]
        errors.append(result.stdout.strip().splitlines()[-1:] or ["(no output)"])
    sys.exit("could not download pyperformance %s with pip: %s" % (VERSION, "; ".join(e[0] for e in errors)))


def _member_for(names, bench):
    # Inside the package (what pyperformance itself runs) first, then the top-level copy of the sdist.
    wanted = ["pyperformance/data-files/benchmarks/bm_%s/run_benchmark.py" % bench,
              "benchmarks/bm_%s/run_benchmark.py" % bench]
    for suffix in wanted:
        for name in names:
            if name == suffix or name.endswith("/" + suffix):
                return name
    return None


def extract(archive, benches, target):
    """Copies each bm_<name>/run_benchmark.py, and the data files next to it, out of the archive
    unchanged; returns name -> path of run_benchmark.py."""
    paths = {}
    if archive.endswith(".whl"):
        opened = zipfile.ZipFile(archive)
        names = opened.namelist()
        read = opened.read
    else:
        opened = tarfile.open(archive, "r:gz")
        names = opened.getnames()

        def read(name):
            with opened.extractfile(name) as handle:
                return handle.read()
    try:
        for bench in benches:
            member = _member_for(names, bench)
            if member is None:
                sys.exit("bm_%s/run_benchmark.py not found in %s" % (bench, archive))
            folder = os.path.join(target, "bm_" + bench)
            os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, "run_benchmark.py")
            data = read(member)
            with open(path, "wb") as handle:
                handle.write(data)
            paths[bench] = path
            # Input files some benchmarks read (`bm_pyflate/data/...`).
            prefix = member[:-len("run_benchmark.py")] + "data/"
            for name in names:
                if name.startswith(prefix) and not name.endswith("/"):
                    destination = os.path.join(folder, "data", os.path.relpath(name, prefix))
                    os.makedirs(os.path.dirname(destination), exist_ok=True)
                    try:
                        content = read(name)
                    except (KeyError, AttributeError):
                        continue  # a directory entry of the tar file
                    if content is None:
                        continue
                    with open(destination, "wb") as handle:
                        handle.write(content)
    finally:
        opened.close()
    return paths


# ----------------------------------------------------------------------------------------- running

class Outcome:
    def __init__(self, returncode, stdout, stderr, wall, timed_out=False):
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.wall = wall
        self.timed_out = timed_out
        self.report = None
        for line in stdout.splitlines():
            if line.startswith(TAG):
                try:
                    self.report = json.loads(line[len(TAG):])
                except ValueError:
                    self.report = None

    @property
    def ok(self):
        return not self.timed_out and self.returncode == 0 and self.report is not None

    def error_line(self):
        if self.timed_out:
            return "timed out after %.0f s" % self.wall
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        if lines:
            return lines[-1].strip()
        if self.returncode != 0:
            return "exit status %d (no error output)" % self.returncode
        return "no `pyperf-standin:` line in the output"

    def comparable_output(self):
        """Everything printed, with the measured time taken out of the stand-in's line."""
        lines = []
        for line in self.stdout.splitlines():
            if line.startswith(TAG) and self.report is not None:
                fields = dict(self.report)
                fields.pop("seconds", None)
                line = TAG + json.dumps(fields, sort_keys=True)
            lines.append(line)
        return lines


def run_one(interpreter, script, arguments, workdir, timeout):
    env = dict(os.environ)
    env["PYTHONPATH"] = STANDIN
    env.pop("PYTHONSTARTUP", None)
    command = [interpreter, script] + arguments
    start = time.perf_counter()
    try:
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                errors="replace", cwd=workdir, env=env, timeout=timeout)
    except subprocess.TimeoutExpired as error:
        def text(value):
            if isinstance(value, bytes):
                return value.decode("utf-8", "replace")
            return value or ""
        return Outcome(None, text(error.stdout), text(error.stderr), time.perf_counter() - start, True)
    return Outcome(result.returncode, result.stdout, result.stderr, time.perf_counter() - start)


def first_difference(expected, actual):
    for index in range(max(len(expected), len(actual))):
        want = expected[index] if index < len(expected) else "<end of output>"
        got = actual[index] if index < len(actual) else "<end of output>"
        if want != got:
            return "line %d: python3 printed %s, smolder printed %s" % (
                index + 1, _clip(want), _clip(got))
    return "outputs differ"


def _clip(text, limit=160):
    text = repr(text)
    return text if len(text) <= limit else text[:limit] + "..."


def check(bench, script, interpreters, workdir, timeout):
    """Correctness run under both interpreters; returns (python3 error or None, smolder error or None)."""
    outcomes = {}
    images = {}
    for name, interpreter in interpreters:
        arguments = ["--loops", "1", "--warmups", "0", "--check"]
        image = None
        if bench in IMAGE_OPTION:
            image = os.path.join(workdir, "%s-%s.ppm" % (bench, name))
            if os.path.exists(image):
                os.remove(image)
            arguments += [IMAGE_OPTION[bench], image]
        outcomes[name] = run_one(interpreter, script, arguments, workdir, timeout)
        if image is not None and os.path.exists(image):
            with open(image, "rb") as handle:
                images[name] = handle.read()
    reference, candidate = outcomes["python3"], outcomes["smolder"]
    if not reference.ok:
        return "python3: " + reference.error_line(), None
    if not candidate.ok:
        return None, candidate.error_line()
    if reference.comparable_output() != candidate.comparable_output():
        return None, "wrong output: " + first_difference(reference.comparable_output(),
                                                          candidate.comparable_output())
    if bench in IMAGE_OPTION and images.get("python3") != images.get("smolder"):
        if "smolder" not in images:
            return None, "wrong output: no image file written"
        return None, "wrong output: the image file differs from python3's (%d vs %d bytes)" % (
            len(images.get("python3", b"")), len(images["smolder"]))
    return None, None


class Row:
    def __init__(self, bench, loops):
        self.bench = bench
        self.loops = loops
        self.times = {"python3": [], "smolder": []}
        self.walls = {"python3": [], "smolder": []}
        self.error = {"python3": None, "smolder": None}

    def median(self, name):
        return statistics.median(self.times[name]) if self.times[name] else None

    def wall(self, name):
        return statistics.median(self.walls[name]) if self.walls[name] else None

    @staticmethod
    def _paired(first, second):
        # Run i of python3 and run i of smolder ran back to back: the median of their ratios is
        # steadier on a noisy machine than the ratio of two medians.
        pairs = [b / a for a, b in zip(first, second) if a > 0]
        return statistics.median(pairs) if pairs else None

    @property
    def ratio(self):
        if self.error["smolder"] or self.error["python3"]:
            return None
        return self._paired(self.times["python3"], self.times["smolder"])

    @property
    def wall_ratio(self):
        if self.ratio is None:
            return None
        return self._paired(self.walls["python3"], self.walls["smolder"])


def measure(bench, script, loops, interpreters, runs, workdir, timeout, skip_check):
    row = Row(bench, loops)
    if not skip_check:
        row.error["python3"], row.error["smolder"] = check(bench, script, interpreters, workdir, timeout)
        if row.error["python3"]:
            return row
    arguments = ["--loops", str(loops), "--warmups", "1"]
    for run in range(runs):
        order = interpreters if run % 2 == 0 else list(reversed(interpreters))
        for name, interpreter in order:
            if row.error[name]:
                continue
            outcome = run_one(interpreter, script, arguments, workdir, timeout)
            if not outcome.ok:
                row.error[name] = outcome.error_line()
                continue
            row.times[name].append(outcome.report["seconds"] / (outcome.report["loops"] * outcome.report["values"]))
            row.walls[name].append(outcome.wall)
    return row


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


# ------------------------------------------------------------------------------------------ output

def _seconds(value):
    return "%.4f" % value if value is not None else "-"


def print_table(rows):
    header = "%-14s %6s %12s %12s %8s %11s" % ("benchmark", "loops", "python3 s", "smolder s", "ratio", "wall ratio")
    print(header)
    print("-" * len(header))
    for row in rows:
        ratio = "%.2f" % row.ratio if row.ratio is not None else "-"
        wall = "%.2f" % row.wall_ratio if row.wall_ratio is not None else "-"
        line = "%-14s %6d %12s %12s %8s %11s" % (row.bench, row.loops, _seconds(row.median("python3")),
                                                 _seconds(row.median("smolder")), ratio, wall)
        if row.error["python3"]:
            line += "  python3 FAILED: " + row.error["python3"]
        elif row.error["smolder"]:
            line += "  FAILED: " + row.error["smolder"]
        print(line)
    ratios = [row.ratio for row in rows if row.ratio is not None]
    walls = [row.wall_ratio for row in rows if row.wall_ratio is not None]
    print("-" * len(header))
    geo = geometric_mean(ratios)
    geo_wall = geometric_mean(walls)
    print("%-14s %6s %12s %12s %8s %11s" % ("geometric mean", "", "", "",
                                            "%.2f" % geo if geo else "-", "%.2f" % geo_wall if geo_wall else "-"))
    failed = [row.bench for row in rows if row.ratio is None]
    print("(times are seconds per loop, medians of the alternating runs; ratio = smolder / python3, median "
          "over the back-to-back pairs of runs, lower is better; geometric mean over %d of %d benchmarks%s)" % (
              len(ratios), len(rows), "; FAILED: " + ", ".join(failed) if failed else ""))
    return geo


def _xml(text):
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def write_chart(rows, path, smolder_label, python_label):
    """Horizontal before/after bars: for each benchmark python3's time and smolder's, scaled so that
    python3's bar has unit length (the numbers at the ends give the seconds and the ratio)."""
    ratios = [row.ratio for row in rows if row.ratio is not None]
    geo = geometric_mean(ratios)
    entries = [(row.bench, row.median("python3"), row.median("smolder"), row.ratio,
                row.error["smolder"] or (row.error["python3"] and "python3: " + row.error["python3"]))
               for row in rows]
    if geo is not None:
        entries.append(("geometric mean", None, None, geo, None))
    top_ratio = max([1.0] + [e[3] for e in entries if e[3] is not None])
    label_width, bar_area, right_pad = 150, 560, 190
    width = label_width + bar_area + right_pad
    bar_h, gap, group_gap = 14, 3, 16
    group_h = 2 * bar_h + gap + group_gap
    top = 78
    height = top + group_h * len(entries) + 40
    scale = bar_area / top_ratio
    colour_py, colour_sm, colour_fail = "#9aa5b1", "#f26b21", "#c62828"
    out = []
    add = out.append
    add('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
        'font-family="Helvetica, Arial, sans-serif" font-size="12">' % (width, height, width, height))
    add('<rect width="100%" height="100%" fill="#ffffff"/>')
    add('<text x="%d" y="24" font-size="16" font-weight="bold">pyperformance: time relative to %s '
        '(shorter is faster)</text>' % (12, _xml(python_label)))
    add('<rect x="12" y="38" width="12" height="12" fill="%s"/><text x="30" y="49">%s</text>'
        % (colour_py, _xml(python_label)))
    add('<rect x="150" y="38" width="12" height="12" fill="%s"/><text x="168" y="49">%s</text>'
        % (colour_sm, _xml(smolder_label)))
    # Grid: a line at every whole ratio (every half when the scale is short).
    step = 0.5 if top_ratio <= 3 else (1.0 if top_ratio <= 8 else 2.0)
    tick = 0.0
    bottom = top + group_h * len(entries) - group_gap + 6
    while tick <= top_ratio + 1e-9:
        x = label_width + tick * scale
        add('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s" stroke-width="1"/>'
            % (x, top - 8, x, bottom, "#555555" if tick in (0.0, 1.0) else "#e3e3e3"))
        add('<text x="%.1f" y="%d" text-anchor="middle" fill="#555555">%gx</text>' % (x, bottom + 16, tick))
        tick += step
    if step > 1.0:
        # The python3 reference (1x) always gets its own line.
        x = label_width + scale
        add('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#555555" stroke-width="1" '
            'stroke-dasharray="4 3"/>' % (x, top - 8, x, bottom))
        add('<text x="%.1f" y="%d" text-anchor="middle" fill="#555555">1x</text>' % (x, bottom + 16))
    for index, (name, py_time, sm_time, ratio, error) in enumerate(entries):
        y = top + index * group_h
        weight = ' font-weight="bold"' if py_time is None else ""
        add('<text x="%d" y="%d" text-anchor="end"%s>%s</text>'
            % (label_width - 10, y + bar_h + 5, weight, _xml(name)))
        add('<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>'
            % (label_width, y, scale, bar_h, colour_py))
        py_text = "%.4f s" % py_time if py_time is not None else "1.00x"
        add('<text x="%.1f" y="%d" fill="#333333">%s</text>' % (label_width + scale + 6, y + bar_h - 3, _xml(py_text)))
        y2 = y + bar_h + gap
        if ratio is None:
            message = "FAILED" + (": " + error if error else "")
            if len(message) > 90:
                message = message[:87] + "..."
            add('<text x="%d" y="%d" fill="%s" font-weight="bold">%s</text>'
                % (label_width + 4, y2 + bar_h - 3, colour_fail, _xml(message)))
            continue
        add('<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>'
            % (label_width, y2, ratio * scale, bar_h, colour_sm))
        sm_text = ("%.4f s  (%.2fx)" % (sm_time, ratio)) if sm_time is not None else "%.2fx" % ratio
        add('<text x="%.1f" y="%d" fill="#333333"%s>%s</text>'
            % (label_width + ratio * scale + 6, y2 + bar_h - 3, weight, _xml(sm_text)))
    add('</svg>')
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    with open(path, "w") as handle:
        handle.write("\n".join(out) + "\n")


# -------------------------------------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smolder", default=os.path.join(ROOT, ".build", "release", "smolder"))
    parser.add_argument("--python", default="python3", help="the reference interpreter (default: python3)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each interpreter (default: 3)")
    parser.add_argument("--loops-scale", type=float, default=1.0,
                        help="multiply every benchmark's loop count by this (default: 1)")
    parser.add_argument("--chart", default=os.path.join(CACHE, "chart.svg"), help="SVG chart to write")
    parser.add_argument("--json", help="also write the results as JSON to this file")
    parser.add_argument("--timeout", type=float, default=900, help="seconds allowed per process")
    parser.add_argument("--no-check", action="store_true", help="skip the correctness runs")
    parser.add_argument("--unseen", action="store_true",
                        help="run the %d benchmarks Smolder was not tuned on instead: %s" % (len(UNSEEN), ", ".join(UNSEEN)))
    parser.add_argument("benchmarks", nargs="*", help="a subset of: " + ", ".join(BENCHMARKS))
    args = parser.parse_args()
    catalogue = UNSEEN if args.unseen else BENCHMARKS
    if args.unseen and args.chart == parser.get_default("chart"):
        args.chart = os.path.join(CACHE, "chart-unseen.svg")
    benches = args.benchmarks or list(catalogue)
    unknown = [b for b in benches if b not in catalogue]
    if unknown:
        parser.error("unknown benchmark(s): %s" % ", ".join(unknown))
    smolder = os.path.abspath(args.smolder)
    if not os.path.exists(smolder):
        sys.exit("no smolder binary at %s (run `make build`)" % smolder)
    archive = download(CACHE, args.python)
    scripts = extract(archive, benches, os.path.join(CACHE, "benchmarks"))
    workdir = os.path.join(CACHE, "work")
    os.makedirs(workdir, exist_ok=True)
    version = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                             stdout=subprocess.PIPE, text=True).stdout.strip()
    python_label = "CPython %s" % version if version else args.python
    print("benchmarks from %s; %d alternating runs each" % (os.path.relpath(archive, ROOT), args.runs), flush=True)
    interpreters = [("python3", args.python), ("smolder", smolder)]
    rows = []
    for bench in benches:
        loops = max(1, int(round(catalogue[bench] * args.loops_scale)))
        print("  %s ..." % bench, end="", flush=True)
        started = time.perf_counter()
        row = measure(bench, scripts[bench], loops, interpreters, args.runs, workdir, args.timeout, args.no_check)
        status = ("FAILED" if row.ratio is None else "%.2fx" % row.ratio)
        print(" %s (%.1f s)" % (status, time.perf_counter() - started), flush=True)
        rows.append(row)
    print()
    print_table(rows)
    write_chart(rows, args.chart, "Smolder", python_label)
    print("chart: %s" % os.path.relpath(os.path.abspath(args.chart), os.getcwd()))
    if args.json:
        with open(args.json, "w") as handle:
            json.dump({"python": python_label, "runs": args.runs, "benchmarks": [
                {"name": r.bench, "loops": r.loops, "python3": r.times["python3"], "smolder": r.times["smolder"],
                 "python3_wall": r.walls["python3"], "smolder_wall": r.walls["smolder"], "ratio": r.ratio,
                 "error": r.error["smolder"] or r.error["python3"]} for r in rows]}, handle, indent=1)
    # A benchmark that failed (never a slow one) makes the exit status 1.
    sys.exit(1 if any(row.ratio is None for row in rows) else 0)


if __name__ == "__main__":
    main()
