import functools, itertools, heapq, bisect, copy, random
random.seed(2024)
nums = [random.randint(1, 100) for _ in range(15)]
print(nums)
print(heapq.nsmallest(4, nums), heapq.nlargest(3, nums))
h = []
for n in nums[:6]:
    heapq.heappush(h, (n % 7, n))
print([heapq.heappop(h) for _ in range(3)])
s = sorted(nums)
print(bisect.bisect_left(s, 50), bisect.bisect_right(s, 50))
bisect.insort(s, 42)
print(s[:8])
@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)
print(ways(60), ways.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 11)))
pairs = list(itertools.combinations("abcd", 2))
print(pairs, len(list(itertools.permutations(range(4), 3))))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))])
print(list(itertools.islice(itertools.cycle("xy"), 5)), list(itertools.chain.from_iterable([[1], [2, 3]])))
grid = [[0] * 3 for _ in range(2)]
shallow, deep = copy.copy(grid), copy.deepcopy(grid)
grid[0][0] = 9
print(shallow[0][0], deep[0][0])
deck = list(range(10))
random.shuffle(deck)
print(deck, random.choice("abc"), random.sample(range(100), 3), round(random.uniform(1, 2), 6), round(random.gauss(0, 1), 6))
part = functools.partial(int, base=2)
print(part("1011"), list(itertools.product([0, 1], repeat=2)))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
