print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  many   spaces here ".split(), " x ".split(" "), "".split(), "".split(","))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("1 2 3".split(None, 1), "a  b  c".rsplit(None, 1))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
