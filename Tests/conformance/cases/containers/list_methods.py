a = [3, 1, 4, 1, 5]
a.append(9); print(a)
a.extend([2, 6]); print(a)
a.insert(0, 0); a.insert(100, 7); a.insert(-1, 8); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(5), a.count(1), a.index(1, 2))
a.reverse(); print(a)
a.sort(); print(a)
b = a.copy(); b.clear(); print(a, b)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
