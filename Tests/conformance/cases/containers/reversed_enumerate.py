seq = ["a", "b", "c"]
print(list(reversed(seq)), list(enumerate(seq)), list(enumerate(seq, start=10)))
print(list(reversed((1, 2, 3))), list(reversed(range(4))), "".join(reversed("xyz")))
for i, v in reversed(list(enumerate(seq))):
    print(i, v)
print(list(zip(seq, reversed(seq))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
