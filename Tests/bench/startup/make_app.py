#!/usr/bin/env python3
"""Generates an Instagram-shaped Python application for start-up measurements.

    python3 Tests/bench/startup/make_app.py OUTPUT_DIR [--modules N]

Layered packages (utils <- models <- services <- views <- commands), every module importing a few
modules of the layers below at top level, defining classes with decorators, registering them in
registries, and doing some module-level work. `manage.py` is a CLI whose entry module imports every
command at top level (as large apps do), but `manage.py --help` only touches the `help` command.
The output is deterministic for a given module count.
"""
import os
import random
import sys

LAYERS = [("utils", 0.20), ("models", 0.25), ("services", 0.25), ("views", 0.26)]
COMMANDS = 40


def module_source(layer, index, lower):
    rng = random.Random(f"{layer}{index}")
    lines = []
    deps = rng.sample(lower, min(len(lower), 4)) if lower else []
    for dep_layer, dep_index in deps:
        lines.append(f"from app.{dep_layer} import {dep_layer}_{dep_index:04d}")
    lines.append("from app.core import registry, register, cached")
    lines.append("")
    lines.append(f"TABLE = {{f'key{{i}}': i * {index + 1} for i in range(40)}}")
    lines.append(f"NAMES = [name.upper() for name in TABLE if name.endswith('{index % 10}')]")
    lines.append("")
    for c in range(3):
        base = f"{deps[0][0]}_{deps[0][1]:04d}.Thing0" if deps and c == 0 else "object"
        lines.append(f"@register('{layer}')")
        lines.append(f"class Thing{c}({base}):")
        lines.append(f"    KIND = '{layer}.{index}.{c}'")
        lines.append(f"    def __init__(self, value={c}):")
        lines.append(f"        self.value = value")
        lines.append(f"    @cached")
        lines.append(f"    def describe(self):")
        lines.append(f"        return f'{{self.KIND}}:{{self.value}}'")
        lines.append("")
    lines.append("def helper(x):")
    calls = " + ".join(f"len({d[0]}_{d[1]:04d}.NAMES)" for d in deps) or "0"
    lines.append(f"    return x + {calls}")
    lines.append("")
    return "\n".join(lines) + "\n"


def command_source(index, views):
    rng = random.Random(f"command{index}")
    deps = rng.sample(views, 5)
    lines = [f"from app.views import views_{i:04d}" for _, i in deps]
    lines += ["", f"NAME = 'cmd{index:02d}'", f"HELP = 'run command {index:02d}'", "",
              "def run(args):",
              f"    return [{', '.join(f'views_{i:04d}.helper(1)' for _, i in deps)}]", ""]
    return "\n".join(lines)


CORE = '''"""Registries and decorators shared by every layer."""
registry = {}

def register(kind):
    def wrap(cls):
        registry.setdefault(kind, []).append(cls)
        return cls
    return wrap

def cached(function):
    results = {}
    def wrapper(self):
        key = id(self)
        if key not in results:
            results[key] = function(self)
        return results[key]
    wrapper.__name__ = function.__name__
    return wrapper
'''

HELP = '''"""The help command: the only one `--help` touches."""
NAME = "help"

def run(commands):
    lines = ["usage: manage.py COMMAND [ARGS]", "", "commands:"]
    for name in sorted(commands):
        lines.append(f"  {name}")
    return "\\n".join(lines)
'''


def cli_source():
    lines = ['"""The CLI entry: imports every command at top level, as large apps do."""', "import sys"]
    lines += [f"from app.commands import cmd_{i:02d}" for i in range(COMMANDS)]
    lines += ["from app.commands import help as help_command", "",
              f"COMMANDS = [{', '.join(f'cmd_{i:02d}' for i in range(COMMANDS))}]", "",
              "def main(argv):",
              "    if not argv or argv[0] in ('-h', '--help'):",
              "        print(help_command.run([f'cmd{i:02d}' for i in range(len(COMMANDS))]))",
              "        return 0",
              "    for command in COMMANDS:",
              "        if command.NAME == argv[0]:",
              "            print(command.run(argv[1:]))",
              "            return 0",
              "    print('unknown command', argv[0])",
              "    return 2", ""]
    return "\n".join(lines)


MANAGE = '''import sys
from app import cli
status = cli.main(sys.argv[1:])
if "--count" in sys.argv:
    print("modules loaded:", sum(1 for name in sys.modules if name == "app" or name.startswith("app.")))
sys.exit(status)
'''


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def generate(out, total):
    write(os.path.join(out, "app", "__init__.py"), "")
    write(os.path.join(out, "app", "core.py"), CORE)
    lower = []
    for layer, share in LAYERS:
        count = max(1, int(total * share))
        write(os.path.join(out, "app", layer, "__init__.py"), "")
        current = []
        for i in range(count):
            write(os.path.join(out, "app", layer, f"{layer}_{i:04d}.py"), module_source(layer, i, lower))
            current.append((layer, i))
        lower = current
    write(os.path.join(out, "app", "commands", "__init__.py"), "")
    for i in range(COMMANDS):
        write(os.path.join(out, "app", "commands", f"cmd_{i:02d}.py"), command_source(i, lower))
    write(os.path.join(out, "app", "commands", "help.py"), HELP)
    write(os.path.join(out, "app", "cli.py"), cli_source())
    write(os.path.join(out, "manage.py"), MANAGE)


if __name__ == "__main__":
    args = sys.argv[1:]
    total = 1100
    if "--modules" in args:
        i = args.index("--modules")
        total = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 1:
        sys.exit(__doc__)
    generate(args[0], total)
    print(f"generated {args[0]}")
