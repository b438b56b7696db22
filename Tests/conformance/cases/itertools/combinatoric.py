from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', range(3))))
print(list(product([0, 1], repeat=3)))
print(list(product('ab', 'c', repeat=2)))
print(list(product()), list(product([], [1])), list(product('ab', repeat=0)))
print(list(permutations(range(3))), list(permutations('abcd', 2)))
print(list(permutations([1, 2], 3)), list(permutations([], 0)), list(permutations('ab', 0)), len(list(permutations(range(6)))))
print(list(permutations('aab', 2)), list(permutations(range(4), None))[-1])
print(list(combinations('abcd', 2)), list(combinations(range(5), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations([], 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([1, 2], 3)))
print(list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('ab', 0)))
print(sorted(permutations('cab')) == list(permutations('abc')), len(list(combinations(range(10), 4))))
for f in [lambda: product([1], repeat=-1), lambda: product([1], x=1), lambda: product(1),
          lambda: permutations([1], -1), lambda: permutations([1], 'a'), lambda: combinations([1], -1),
          lambda: combinations([1]), lambda: combinations_with_replacement([1], -2),
          lambda: combinations([1], 1.5)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
