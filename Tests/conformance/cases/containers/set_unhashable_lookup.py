fs = {frozenset({1, 2}), frozenset()}
print({1, 2} in fs, set() in fs, {3} in fs)
fs2 = set(fs)
fs2.discard({1, 2})
print(len(fs2))
fs2.remove(set())
print(fs2)
try:
    fs2.remove({9})
except KeyError as e:
    print("KeyError", e)
try:
    {[]}
except TypeError as e:
    print("TypeError", e)
try:
    [] in {1}
except TypeError as e:
    print("TypeError", e)
