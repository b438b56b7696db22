s = "añb😀"
for ch in s:
    print(ch, len(ch), ord(ch))
print(list(s), tuple(s))
print([c.upper() for c in "abc"])
it = iter("xy")
print(next(it), next(it), next(it, "done"))
print("".join(reversed(s)))
print(list(enumerate("ab", 1)))
