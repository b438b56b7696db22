import functools
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha), reverse=True))
rev = functools.cmp_to_key(lambda a, b: b - a)
print(sorted([3, 1, 4, 1, 5, 9, 2, 6], key=rev))
print(max([3, 1, 4], key=rev), min([3, 1, 4], key=rev))
k = functools.cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(1) > k(2), k(2) <= k(2), k(2) >= k(3), k(1) == k(1), k(1) != k(1))
print(k(5).obj)
for f in [lambda: hash(k(1)), lambda: k(1) < 1]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
