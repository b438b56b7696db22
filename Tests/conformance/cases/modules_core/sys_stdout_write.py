import sys
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("no newline; ")
sys.stdout.write("then newline\n")
sys.stdout.flush()
print("ünïcödé", file=sys.stdout)
sys.stderr.write("err line\n")
print(sys.stdout.write(""))
