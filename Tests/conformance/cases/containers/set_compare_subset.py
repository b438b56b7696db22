print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} >= {2}, {1} > {1}, {1, 2} == frozenset({1, 2}), {1} != {2})
print(set() < {1}, frozenset() <= set(), {1, 2}.issubset([1, 2]), {1, 2}.issuperset(range(3)))
print({1} == [1], {1} != [1])
try:
    {1} < [1]
except TypeError as e:
    print("TypeError", e)
try:
    frozenset() >= [1]
except TypeError as e:
    print("TypeError", e)
