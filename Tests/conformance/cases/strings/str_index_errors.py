# Indexing: negative indices, out of range, non-int keys, __index__ objects, huge ints.
s = "héllo😀"
print(s[0], s[1], s[-1], s[-6], s[5], len(s))
class I:
    def __index__(self):
        return 2
print(s[I()], s[True], s[False])
for key in [6, -7, 2**70, -2**70, "1", 1.0, None, [1]]:
    try:
        print(s[key])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print("abc".__getitem__(-1), "abc".__getitem__(True))
