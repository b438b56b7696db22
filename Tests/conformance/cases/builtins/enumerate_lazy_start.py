print([*enumerate("abc")], [*enumerate("xy", -1)], [*enumerate("ab", start=2 ** 64)])
print([*enumerate("ab", 2 ** 63 - 1)], [*enumerate(iterable="q", start=True)])
def gen():
    for c in "xyz":
        print("yield", c)
        yield c
e = enumerate(gen(), 10)
print("created")
print(next(e))
for pair in e:
    print(pair)
print(next(e, "done"))
class Idx:
    def __index__(self):
        return 7
print([*enumerate("a", Idx())])
for call in ["enumerate()", "enumerate(5)", "enumerate([], 'a')", "enumerate([], 1.5)", "enumerate([], 1, 2)",
             "enumerate([], x=1)", "enumerate([], 1, start=2)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError:", e)
