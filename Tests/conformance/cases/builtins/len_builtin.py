print(len("abc"), len("日本"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(0, 100, 7)), len(b"ab"), len(""))
class L:
    def __len__(self):
        return 5
print(len(L()))
for bad in [5, 1.5, None, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
