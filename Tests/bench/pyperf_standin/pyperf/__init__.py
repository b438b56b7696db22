"""A small stand-in for the `pyperf` module, written for Smolder's throughput runner.

It implements the part of pyperf's API that the pyperformance benchmarks richards, nbody, fannkuch,
spectral_norm, deltablue, nqueens, float, chaos, go and raytrace use: `perf_counter` and a `Runner`
with `metadata`, `argparser`, `parse_args`, `bench_func` and `bench_time_func` (and the
`add_cmdline_args` hook). Unlike pyperf it spawns no worker processes and does no calibration: one
invocation runs the benchmark in-process a fixed number of loops and prints one machine-readable line

    pyperf-standin: {"name": ..., "loops": ..., "seconds": ..., "result": ...}

that Tests/bench/pyperformance.py parses. The same file is used under python3 and smolder, so both
interpreters pay for exactly the same harness. Options (after the benchmark's own ones):
`--loops N` (default 1), `--warmups N` (calls run and not timed before measuring, default 1),
`--values N` (timed batches of `loops` calls; the reported time is their sum, default 1),
`--check` (correctness mode: module-level functions of the benchmark are wrapped to record how often
they are called and what they return, and after the run those records and the benchmark's data globals
are printed as `pyperf-standin-check:` lines, for the runner to compare between interpreters).
"""

import argparse
import sys
import time

__all__ = ["Runner", "perf_counter"]

perf_counter = time.perf_counter

_TAG = "pyperf-standin: "


def _quote(text):
    # A JSON string literal (ASCII-only, so that both interpreters print identical bytes).
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif code < 0x20 or code > 0x7E:
            out.append("\\u%04x" % code if code <= 0xFFFF else "\\u%04x\\u%04x" % (
                0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _strip_addresses(text):
    # Default reprs carry memory addresses (" at 0x7f..."); drop them so outputs compare across runs.
    marker = " at 0x"
    pieces = []
    start = 0
    while True:
        found = text.find(marker, start)
        if found < 0:
            pieces.append(text[start:])
            return "".join(pieces)
        pieces.append(text[start:found])
        end = found + len(marker)
        while end < len(text) and text[end] in "0123456789abcdefABCDEF":
            end += 1
        start = end


def _describe(value, depth=0):
    """A deterministic text for a benchmark function's return value (compared between interpreters)."""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int) and value.bit_length() > 10000:
        # repr() of an int of more than 4300 digits raises ValueError.
        return "int(%d bits, low 64 bits 0x%x)" % (value.bit_length(), abs(value) & (2 ** 64 - 1))
    try:
        text = repr(value)
    except (ValueError, RecursionError):
        # A huge int inside a container, or a deep or self-referencing structure.
        if isinstance(value, (list, tuple)) and depth < 3:
            inner = ", ".join(_describe(item, depth + 1) for item in value)
            return ("[%s]" if isinstance(value, list) else "(%s)") % inner
        return "<%s without a repr>" % type(value).__name__
    if " at 0x" in text and depth < 2:
        attrs = getattr(value, "__dict__", None)
        if isinstance(attrs, dict):
            items = sorted(attrs.items())
            inner = ", ".join("%s=%s" % (k, _describe(v, depth + 1)) for k, v in items)
            return "%s(%s)" % (type(value).__name__, inner)
    return _strip_addresses(text)


_CHECK_TAG = "pyperf-standin-check: "
_CAP = 4000


def _cap(text):
    if len(text) <= _CAP:
        return text
    return text[:_CAP] + "...(%d chars)" % len(text)


class _Recorder:
    """Counts the calls of one benchmark function and keeps its first and last results."""

    def __init__(self, name, func):
        self.name = name
        self.func = func
        self.count = 0
        self.first = None
        self.last = None

    def wrapper(self):
        func = self.func
        recorder = self

        def recorded(*args, **kwargs):
            result = func(*args, **kwargs)
            if recorder.count == 0:
                recorder.first = result
            recorder.count += 1
            recorder.last = result
            return result

        return recorded


class Runner:
    """Runs one benchmark in-process for a fixed number of loops and reports the time taken."""

    def __init__(self, values=None, processes=None, loops=0, min_time=0.1, metadata=None,
                 show_name=True, program_args=None, add_cmdline_args=None, _argparser=None,
                 warmups=None, **kwargs):
        self.metadata = dict(metadata) if metadata else {}
        self._add_cmdline_args = add_cmdline_args
        self._program_args = program_args
        self._show_name = show_name
        self.args = None
        parser = _argparser if _argparser is not None else argparse.ArgumentParser()
        parser.add_argument("--loops", type=int, default=loops if loops and loops > 0 else 1,
                            help="calls of the benchmark function per timed value (default: 1)")
        parser.add_argument("--warmups", type=int, default=1 if warmups is None else warmups,
                            help="untimed calls before measuring (default: 1)")
        parser.add_argument("--values", type=int, default=1,
                            help="timed batches of LOOPS calls (default: 1)")
        parser.add_argument("--check", action="store_true",
                            help="print the benchmark's call results and data globals after the run")
        self.argparser = parser
        self._recorders = None

    def parse_args(self, args=None):
        if self.args is None:
            self.args = self.argparser.parse_args(args)
            if self.args.loops < 1 or self.args.values < 1 or self.args.warmups < 0:
                self.argparser.error("--loops and --values must be >= 1, --warmups >= 0")
            if self._add_cmdline_args is not None:
                # pyperf calls the hook to build worker command lines; call it the same way.
                command = [sys.executable]
                self._add_cmdline_args(command, self.args)
        return self.args

    def _start_check(self):
        main = sys.modules.get("__main__")
        if main is None:
            return
        namespace = main.__dict__
        self._recorders = []
        for key in sorted(namespace):
            value = namespace[key]
            # Functions carrying attributes (`f.data = ...`) are left alone: a wrapper would not have them.
            if (type(value).__name__ == "function" and getattr(value, "__module__", None) == "__main__"
                    and not getattr(value, "__dict__", None)):
                recorder = _Recorder(key, value)
                self._recorders.append(recorder)
                namespace[key] = recorder.wrapper()

    def _finish_check(self):
        main = sys.modules.get("__main__")
        if main is None or self._recorders is None:
            return
        namespace = main.__dict__
        timed = getattr(self, "_timing_results", False)

        def result(value):
            # Under bench_time_func, functions returning a float return seconds taken: not compared.
            return "<seconds>" if timed and isinstance(value, float) else _cap(_describe(value))

        for recorder in self._recorders:
            namespace[recorder.name] = recorder.func
            print(_CHECK_TAG + "calls %s %d first=%s last=%s" % (
                recorder.name, recorder.count, result(recorder.first), result(recorder.last)))
        for key in sorted(namespace):
            value = namespace[key]
            if key.startswith("__") or not isinstance(value, (bool, int, float, str, list, tuple, dict)):
                continue
            print(_CHECK_TAG + "global %s = %s" % (key, _cap(_describe(value))))
        self._recorders = None

    def _report(self, name, seconds, loops, inner_loops, result):
        fields = [
            '"name": ' + _quote(str(name)),
            '"loops": %d' % loops,
            '"values": %d' % self.args.values,
            '"inner_loops": %d' % (inner_loops or 1),
            '"seconds": ' + repr(float(seconds)),
            '"result": ' + _quote(result),
        ]
        sys.stdout.flush()
        print(_TAG + "{" + ", ".join(fields) + "}")
        sys.stdout.flush()

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Time `func(*args)` called --loops times (per value), after --warmups untimed calls."""
        options = self.parse_args()
        loops = options.loops
        result = None
        if options.check:
            self._start_check()
        for _ in range(options.warmups):
            result = func(*args)
        total = 0.0
        for _ in range(options.values):
            t0 = perf_counter()
            for _ in range(loops):
                result = func(*args)
            total += perf_counter() - t0
        if options.check:
            self._finish_check()
        self._report(name, total, loops, inner_loops, _describe(result))
        return None

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        """`time_func(loops, *args)` runs the benchmark `loops` times and returns the seconds taken."""
        options = self.parse_args()
        if options.check:
            self._start_check()
            self._timing_results = True
        for _ in range(options.warmups):
            time_func(1, *args)
        total = 0.0
        for _ in range(options.values):
            seconds = time_func(options.loops, *args)
            if not isinstance(seconds, (int, float)):
                raise TypeError("bench_time_func: the function must return a number of seconds, got %r"
                                % (seconds,))
            total += seconds
        if options.check:
            self._finish_check()
        self._report(name, total, options.loops, inner_loops, "")
        return None

    def bench_command(self, name, command):
        raise NotImplementedError("the pyperf stand-in does not implement bench_command")

    def bench_async_func(self, name, func, *args, **kwargs):
        raise NotImplementedError("the pyperf stand-in does not implement bench_async_func")
