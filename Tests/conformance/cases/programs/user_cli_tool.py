import argparse, sys
p = argparse.ArgumentParser(prog="tasks", description="Manage a task list.")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
sub = p.add_subparsers(dest="cmd", required=True)
a = sub.add_parser("add", help="add a task")
a.add_argument("title")
a.add_argument("--priority", "-p", type=int, choices=[1, 2, 3], default=2)
a.add_argument("--tag", action="append", default=[])
l = sub.add_parser("list", help="list tasks")
l.add_argument("--done", action="store_true")
for argv in (["add", "write report", "-p", "1", "--tag", "work", "--tag", "q3"],
             ["-vv", "list", "--done"], ["list"]):
    ns = p.parse_args(argv)
    print(ns)
p.print_help()
a.print_help()
sys.argv = ["tasks", "add", "x", "-p", "7"]
try:
    p.parse_args()
except SystemExit as e:
    print("exit", e.code)
