import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], sep=",")
print(*range(5), sep="-")
print("to stdout", file=sys.stdout)
print("written to stderr", file=sys.stderr)
print("after", flush=True)
print(sep="x")
print("", end="\n\n")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
