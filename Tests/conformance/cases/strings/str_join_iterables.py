# join over lists, tuples, generators and other iterables; error messages for bad items and non-iterables.
print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join(c.upper() for c in "abc"), "|".join("xyz"), "+".join([]))
print("é".join(["ü", "ö"]), "😀".join("ab"), "-".join(iter(["q"])))
class It:
    def __iter__(self):
        return iter(["m", "n"])
print("/".join(It()))
for bad in [lambda: "-".join(["a", 1]), lambda: "-".join([None]), lambda: "-".join(5), lambda: "-".join(["a", b"b"]),
            lambda: "-".join(x for x in [1])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
