#!/usr/bin/env python3
"""The interactive shell (issue 5): the line editor driven through a pseudo-terminal (typing,
auto-indent, completion, Ctrl-C, Ctrl-D, history) and batch mode through pipes (exact output and
exit status).

    python3 Tests/shell/run.py --smolder .build/release/smolder [name filters]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEMO = os.path.join(ROOT, "Tests", "demo")
sys.path.insert(0, HERE)
from terminal import Terminal  # noqa: E402

TESTS = []


def test(function):
    TESTS.append(function)
    return function


class Context:
    def __init__(self, smolder, folder):
        self.smolder = smolder
        self.folder = folder
        self.history = os.path.join(folder, "history")

    def env(self, **extra):
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env.update(TERM="xterm", NO_COLOR="1", HOME=self.folder, SMOLDER_HISTORY=self.history,
                   SWIFT_BACKTRACE="enable=no", LC_ALL="C.UTF-8")
        env.update(extra)
        return env

    def terminal(self, *args, **env):
        t = Terminal([self.smolder, *args], self.env(**env), cwd=ROOT)
        t.expect(">>> ")
        return t

    def batch(self, stdin, *args, **env):
        result = subprocess.run([self.smolder, *args], input=stdin, capture_output=True, text=True,
                                env=self.env(**env), cwd=ROOT, timeout=60)
        return result.stdout, result.stderr, result.returncode


def check(label, actual, expected):
    if actual != expected:
        raise AssertionError(f"{label}:\n  expected {expected!r}\n  got      {actual!r}")


def entered(t, line, output_marker):
    """Types a line and Enter, waits for a marker of its output, then for the next prompt."""
    t.send(line + "\r")
    before = t.expect(output_marker)
    t.expect(">>> ")
    return before


# ---- the editor, through a pseudo-terminal ----

@test
def multi_line_function(c):
    t = c.terminal()
    try:
        t.send("def triple(a):\r")
        t.expect("... ")
        t.send("return a * 3\r")          # auto-indent supplies the four spaces
        t.expect("... ")
        t.send("\r")                      # a blank line ends the block
        t.expect(">>> ")
        entered(t, "triple(14)", "42\r\n")
        entered(t, "_ + 1", "43\r\n")     # the last result is bound to _
        t.send("\x04")
        check("exit status", t.wait(), 0)
    finally:
        t.kill()


@test
def pasted_block_not_double_indented(c):
    t = c.terminal()
    try:
        # Pasted all at once: the auto-indent must stay out of the way.
        t.send("def paste(x):\r    if x:\r        return 'yes'\r    return 'no'\r\r")
        t.expect(">>> ")
        entered(t, "paste(1), paste(0)", "('yes', 'no')\r\n")
    finally:
        t.kill()


@test
def exception_keeps_session(c):
    t = c.terminal()
    try:
        entered(t, "kept = 'still here'", "\n")
        entered(t, "1/0", "ZeroDivisionError: division by zero\r\n")
        entered(t, "kept", "'still here'\r\n")
    finally:
        t.kill()


@test
def utf8_input(c):
    t = c.terminal()
    try:
        entered(t, "'café ünïcode'.upper()", "'CAFÉ ÜNÏCODE'\r\n")
    finally:
        t.kill()


@test
def completion_keywords_builtins_globals_commands(c):
    t = c.terminal()
    try:
        entered(t, "session_value_xyz = 7", "\n")
        t.send("session_value_x\t")
        t.expect("yz")
        t.send(" + 1\r")
        t.expect("8\r\n")
        t.expect(">>> ")
        t.send("isinst\t")
        t.expect("ance")
        t.send("(1, int)\r")
        t.expect("True\r\n")
        t.expect(">>> ")
        t.send(":sta\t")
        t.expect("ts")
        t.send("\r")
        t.expect("deferred pending")
        t.expect(">>> ")
        t.send("import jso\t")
        t.expect("n")
        t.send("\r")
        t.expect(">>> ")
        t.send("json.dum\t")
        t.expect("p")
        t.send("s([1])\r")
        t.expect("'[1]'\r\n")
    finally:
        t.kill()


@test
def completion_of_deferred_module_never_imports(c):
    t = c.terminal("-L", PYTHONPATH=DEMO, PYTHONSTARTUP=os.path.join(DEMO, "app.py"))
    try:
        t.send(":deferred __main__\r")
        listing = t.expect("deferred names in 1 module")
        if "instaclone.views.dashboard" not in listing:
            raise AssertionError(f"dashboard not deferred: {listing!r}")
        t.expect(">>> ")
        t.send("dashboard.dashb\t")         # parsed from views/dashboard.py, not imported
        t.expect("oard_view")
        t.send("\x15")                       # Ctrl-U: drop the line
        entered(t, "'instaclone.views.dashboard' in __import__('sys').modules", "False\r\n")
        t.send("instaclone.utils.text.trunc\t")   # `import instaclone.utils.text`: pending submodules
        t.expect("ate")
        t.send("('abcdef', 4)\r")
        t.expect("'abc…'\r\n")
        t.expect(">>> ")
        t.send(":deferred __main__\r")
        listing = t.expect("deferred names in 1 module")
        if "instaclone.views.dashboard" not in listing or "instaclone.utils" in listing.split("instaclone  ")[-1][:5]:
            raise AssertionError(f"unexpected listing: {listing!r}")
        t.expect(">>> ")
        entered(t, "dashboard.dashboard_view.__name__", "'dashboard_view'\r\n")
        t.send(":deferred __main__\r")
        listing = t.expect("deferred name")
        if "instaclone.views.dashboard" in listing:
            raise AssertionError(f"dashboard still deferred after use: {listing!r}")
    finally:
        t.kill()


@test
def ctrl_c_at_prompt_clears_line(c):
    t = c.terminal()
    try:
        t.send("abc")
        t.expect("abc")
        t.send("\x03")
        t.expect("KeyboardInterrupt\r\n")
        t.expect(">>> ")
        entered(t, "1 + 1", "2\r\n")        # "abc" is gone
    finally:
        t.kill()


@test
def ctrl_c_stops_infinite_loop(c):
    t = c.terminal()
    try:
        entered(t, "kept = 5", "\n")
        t.send("exec('print(\"looping\")\\nwhile True: pass')\r")
        t.expect("looping\r\n")
        time.sleep(0.2)                      # let it spin
        sent = time.monotonic()
        t.send("\x03")
        t.expect("KeyboardInterrupt\r\n")
        print(f"    (KeyboardInterrupt shown {1000 * (time.monotonic() - sent):.0f} ms after Ctrl-C)")
        t.expect(">>> ")
        entered(t, "kept", "5\r\n")
        t.send("import time; print('sleeping'); time.sleep(60)\r")
        t.expect("sleeping\r\n")
        time.sleep(0.2)                      # let it reach the sleep
        t.send("\x03")
        t.expect("KeyboardInterrupt\r\n")
        t.expect(">>> ")
        entered(t, "kept + 1", "6\r\n")
    finally:
        t.kill()


@test
def ctrl_c_interrupts_input(c):
    t = c.terminal()
    try:
        entered(t, "kept = 7", "\n")
        t.send("answer = input('name? ')\r")
        t.expect("name? ")
        time.sleep(0.2)                      # let it block in the read
        t.send("\x03")
        t.expect("KeyboardInterrupt\r\n")
        t.expect(">>> ")
        entered(t, "kept", "7\r\n")
    finally:
        t.kill()


@test
def ctrl_d_exits_zero(c):
    t = c.terminal()
    try:
        t.send("\x04")
        check("exit status", t.wait(), 0)
    finally:
        t.kill()


@test
def exit_and_quit_with_and_without_parentheses(c):
    for word, status in (("exit", 0), ("quit", 0), ("exit()", 0), ("quit()", 0), ("exit(3)", 3), (":quit", 0)):
        t = c.terminal()
        try:
            t.send(word + "\r")
            check(f"status after {word}", t.wait(), status)
        finally:
            t.kill()


@test
def history_recalled_after_restart(c):
    t = c.terminal()
    try:
        entered(t, "1200 + 34", "1234\r\n")
        t.send("\x04")
        t.wait()
    finally:
        t.kill()
    with open(c.history, encoding="utf-8", errors="replace") as f:
        if "1200" not in f.read():
            raise AssertionError("history file does not hold the entry")
    t = c.terminal()
    try:
        t.send("\x10")                       # Ctrl-P: previous line
        t.expect("1200 + 34")
        t.send("\r")
        t.expect("1234\r\n")
        t.expect(">>> ")
        t.send("\x12")                       # Ctrl-R: reverse search
        t.send("1200")
        t.expect("1200")
        t.send("\r")
        t.expect("1234\r\n")
    finally:
        t.kill()


# ---- batch mode, through pipes ----

@test
def batch_statements_and_errors(c):
    stdin = "x = 2\nx * 21\nprint('hi')\n1/0\nx + 1\ndef f():\n    return x\nf()\nundefined_name\n_\n"
    out, err, status = c.batch(stdin)
    check("stdout", out, "42\nhi\n3\n2\n2\n")
    check("stderr", err, 'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
                         'ZeroDivisionError: division by zero\n'
                         'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
                         "NameError: name 'undefined_name' is not defined\n")
    check("status", status, 1)


@test
def batch_success_is_zero(c):
    out, err, status = c.batch("for i in range(3):\n    print(i)\nprint('done')\n")
    check("output", (out, err, status), ("0\n1\n2\ndone\n", "", 0))


@test
def batch_exit(c):
    check("exit", c.batch("print(1)\nexit\nprint(2)\n"), ("1\n", "", 0))
    check("SystemExit", c.batch("print(1)\nraise SystemExit(4)\nprint(2)\n"), ("1\n", "", 4))


@test
def batch_unknown_command(c):
    out, err, status = c.batch(":bogus\n1\n")
    check("output", (out, err, status), ("1\n", "unknown command :bogus (try :help)\n", 1))


@test
def batch_deferred_and_modules(c):
    stdin = ("from instaclone.views import dashboard\n:deferred\n'instaclone.views.dashboard' in __import__('sys').modules\n"
             "dashboard.VIEWS\n:deferred\n:modules instaclone.views\nlen(__import__('sys').modules)\n")
    out, err, status = c.batch(stdin, "-L", PYTHONPATH=DEMO)
    check("stderr", err, "")
    check("status", status, 0)
    count = out.strip().splitlines()[-1]
    lines = out.splitlines()
    expected_head = [
        "__main__",
        "  name       would import                import site",
        "  dashboard  instaclone.views.dashboard  <stdin>:1",
        "1 deferred name in 1 module",
        "False",
        "<Registry view: 1 entries>",
    ]
    check("first lines", lines[:len(expected_head)], expected_head)
    rest = lines[len(expected_head):]
    # After the first use, the dashboard module's own imports are the deferred ones.
    check("second :deferred header", rest[0], "instaclone.views.dashboard")
    names = [line.split()[0] for line in rest[2:] if line.startswith("  ") and not line.startswith("  name")]
    check("deferred in dashboard", names, ["EXPERIMENTS", "counts", "card"])
    table = [line for line in rest if re.match(r"\s*\d+\s+instaclone", line)]
    check("modules matching", [line.split()[1] for line in table], ["instaclone.views", "instaclone.views.dashboard"])
    footer = [line for line in rest if "modules loaded (len(sys.modules))" in line]
    check("modules footer", footer, [f"2 matching 'instaclone.views'; {count} modules loaded (len(sys.modules))"])


@test
def batch_file_without_blank_lines(c):
    stdin = "def f():\n    return 1\nclass C:\n    x = 2\nprint(f() + C.x)\nif True:\n    y = 1\nelse:\n    y = 2\ny\n"
    check("output", c.batch(stdin), ("3\n1\n", "", 0))


@test
def dash_still_runs_stdin_as_script(c):
    out, err, status = c.batch("x = 1\nx\nprint(x + 1)\n", "-")
    check("output", (out, err, status), ("2\n", "", 0))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--smolder", required=True)
    parser.add_argument("filters", nargs="*")
    args = parser.parse_args()
    smolder = os.path.abspath(args.smolder)
    failures = 0
    selected = [t for t in TESTS if not args.filters or any(f in t.__name__ for f in args.filters)]
    for function in selected:
        with tempfile.TemporaryDirectory() as folder:
            try:
                function(Context(smolder, folder))
                print(f"ok   {function.__name__}")
            except Exception as error:  # report every failure, then go on
                failures += 1
                print(f"FAIL {function.__name__}: {error}")
    print(f"shell: {len(selected) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
