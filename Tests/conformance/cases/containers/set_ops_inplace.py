s = {1, 2, 3}
s |= {4}; print(s)
s &= {1, 2, 4, 9}; print(s)
s -= {1}; print(s)
s ^= {2, 7}; print(s)
t = set(range(10))
t.intersection_update(range(0, 10, 2)); print(t)
t.difference_update({0, 2}); print(t)
t.symmetric_difference_update({4, 5}); print(t)
print({x % 3 for x in range(10)}, {n for n in [1, 1, 2]})
print({1, 2} == {2, 1}, {1} != {1.0}, set([1, 2]) == frozenset([1, 2]))
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError", e)
