k = {1: 'a', 2: 'b', 3: 'c'}.keys()
print(k & {2, 3, 4}, k | {9}, k - {1}, k ^ {1, 7}, {2} & k, {5} | k)
print(k == {1, 2, 3}, k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {1}, k != {1})
print(k.isdisjoint([7]), k.isdisjoint([1]), k & [3, 3, 1])
it = {1: 1, 2: 2}.items()
print((1, 1) in it, (1, 2) in it, 5 in it, it & {(1, 1)}, it - {(2, 2)})
v = {1: 'x', 2: 'y'}.values()
print('x' in v, 'z' in v, len(v), v)
d = {'a': 1}
kv = d.keys()
d['b'] = 2
print(kv, len(kv), d.items(), d.values())
print({}.keys(), {}.items(), {}.values())
