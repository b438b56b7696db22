import keyword
for v in [1, None, 2.5, ("if",), b"if"]:
    print(repr(v), keyword.iskeyword(v), keyword.issoftkeyword(v))
try:
    keyword.iskeyword(["if"])
except TypeError as e:
    print("TypeError:", e)
