#!/usr/bin/env python3
"""Command-line conformance: runs each scenario through python3 and smolder and compares
stdout, stderr and exit status (prompts of `-i` go to stderr, so it is compared whole).

    python3 Tests/cli/run.py --smolder .build/release/smolder
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# (name, arguments after the interpreter, stdin text, extra environment)
SCENARIOS = [
    ("command", ["-c", "import sys; print(sys.argv, 6 * 7)", "a", "b"], "", {}),
    ("command_error", ["-c", "1/0"], "", {}),
    ("script_args", ["{dir}/script.py", "x", "--flag"], "", {}),
    ("stdin_script", ["-"], "print('from stdin')\nimport sys\nprint(sys.argv)\n", {}),
    # Bare piped stdin is Smolder's batch mode (issue 5); `-` keeps CPython's run-stdin-as-a-script.
    ("stdin_default", ["-"], "x = 5\nprint(x * 2)\n", {}),
    ("module", ["-m", "greet", "there"], "", {"PYTHONPATH": "{dir}"}),
    ("module_missing", ["-m", "no_such_module_here"], "", {}),
    ("pythonpath", ["-c", "import greet_lib; print(greet_lib.NAME)"], "", {"PYTHONPATH": "{dir}"}),
    ("ignore_environment", ["-E", "-c", "import sys; print('greet' in str(sys.path))"], "", {"PYTHONPATH": "{dir}"}),
    ("x_option", ["-X", "unknown_option", "-c", "print('ok')"], "", {}),
    ("interactive_after_script", ["-i", "{dir}/script.py"],
     "print(VALUE + 1)\ndef f(n):\n    return n * 2\n\nprint(f(21))\n1/0\nprint('still here')\n", {}),
    ("interactive_quiet", ["-q", "-i"], "a = [1, 2]\na\n'text'\nNone\nfor i in range(2):\n    print(i)\n\n", {}),
    ("interactive_errors", ["-q", "-i"], "x =\nundefined_name\nprint('after')\nclass C:\n    pass\n\nC.__name__\n", {}),
    ("interactive_exit", ["-q", "-i"], "import sys\nsys.exit(3)\nprint('not reached')\n", {}),
    ("exit_builtin", ["-c", "print(repr(exit), repr(quit)); quit(4)"], "", {}),
    ("exit_no_argument", ["-c", "exit()"], "", {}),
    ("version", ["-V"], "", {}),
    ("module_package_main", ["-m", "mpkg", "x"], "", {"PYTHONPATH": "{dir}"}),
    ("module_submodule", ["-m", "mpkg.sub", "y"], "", {"PYTHONPATH": "{dir}"}),
    ("module_subpackage_main", ["-m", "mpkg.inner"], "", {"PYTHONPATH": "{dir}"}),
    ("module_package_no_main", ["-m", "nomain"], "", {"PYTHONPATH": "{dir}"}),
    ("module_namespace_no_main", ["-m", "nsdir"], "", {"PYTHONPATH": "{dir}"}),
    ("module_missing_submodule", ["-m", "mpkg.nothing"], "", {"PYTHONPATH": "{dir}"}),
    ("module_missing_package", ["-m", "nopkg_here.sub"], "", {"PYTHONPATH": "{dir}"}),
    ("module_not_a_package", ["-m", "greet_lib.sub"], "", {"PYTHONPATH": "{dir}"}),
    ("module_py_suffix", ["-m", "greet_lib.py"], "", {"PYTHONPATH": "{dir}"}),
    ("module_relative_name", ["-m", ".greet"], "", {"PYTHONPATH": "{dir}"}),
    ("module_main_package_as_main", ["-m", "mpkg.__main__"], "", {"PYTHONPATH": "{dir}"}),
    ("module_sys_path", ["-m", "showpath"], "", {"PYTHONPATH": "{dir}"}),
    ("command_sys_path", ["-c", "import sys; print(repr(sys.path[0]))"], "", {}),
    ("command_import_error", ["-c", "import no_such_module_cli"], "", {}),
]


def run(command, stdin, env):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    full_env.update(env)
    result = subprocess.run(command, input=stdin, capture_output=True, text=True, env=full_env, timeout=30)
    return result.stdout, result.stderr, result.returncode


def normalise(text, scenario):
    if scenario == "version":  # the micro version may differ; compare the shape
        return text.split(".")[0]
    return text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--smolder", required=True)
    parser.add_argument("--python", default="python3")
    args = parser.parse_args()
    smolder = os.path.abspath(args.smolder)
    # Error messages start with the interpreter's own path; compare them without it.
    python_path = subprocess.run([args.python, "-c", "import sys; print(sys.executable)"],
                                 capture_output=True, text=True).stdout.strip()
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "script.py"), "w") as f:
            f.write("import sys\nVALUE = 41\nprint('script', sys.argv[1:])\n")
        with open(os.path.join(folder, "greet.py"), "w") as f:
            f.write("import sys\nprint('hello', sys.argv[1:], __name__)\n")
        with open(os.path.join(folder, "greet_lib.py"), "w") as f:
            f.write("NAME = 'lib'\n")
        main_body = ("import sys\nprint(__name__, __spec__.name, __package__, __file__ == sys.argv[0], sys.argv[1:])\n"
                     "print(__spec__.parent, __spec__.has_location, __loader__ is __spec__.loader)\n")
        files = {
            "mpkg/__init__.py": "print('init', __name__)\n",
            "mpkg/__main__.py": main_body,
            "mpkg/sub.py": main_body,
            "mpkg/inner/__init__.py": "print('inner init', __name__)\n",
            "mpkg/inner/__main__.py": main_body,
            "nomain/__init__.py": "print('nomain init')\n",
            "nsdir/part.py": "",
            "showpath.py": "import sys\nprint(sys.path[0] == sys.argv[0].rpartition('/')[0], repr(sys.path[0])[:2])\n",
        }
        for rel, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(folder, rel)), exist_ok=True)
            with open(os.path.join(folder, rel), "w") as f:
                f.write(text)
        for name, arguments, stdin, env in SCENARIOS:
            arguments = [a.replace("{dir}", folder) for a in arguments]
            env = {k: v.replace("{dir}", folder) for k, v in env.items()}
            expected = run([args.python] + arguments, stdin, env)
            actual = run([smolder] + arguments, stdin, env)
            expected = tuple(normalise(x, name).replace(python_path, "<exe>") if isinstance(x, str) else x
                             for x in expected)
            actual = tuple(normalise(x, name).replace(smolder, "<exe>") if isinstance(x, str) else x
                           for x in actual)
            if expected != actual:
                failures += 1
                print(f"FAIL {name}")
                for label, e, a in zip(("stdout", "stderr", "status"), expected, actual):
                    if e != a:
                        print(f"  {label}: expected {e!r}\n  {' ' * len(label)}  got      {a!r}")
    print(f"cli: {len(SCENARIOS) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
