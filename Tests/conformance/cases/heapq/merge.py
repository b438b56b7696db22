import heapq

A = [3, 40, 41, 43, 52, 52, 71]
B = [10, 22, 33, 41, 54, 62, 81, 100]
C = [61, 62, 93]
print(list(heapq.merge(A, B, C)))
print(list(heapq.merge(A, [], B)), list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([5])))
print(list(heapq.merge(sorted(A, reverse=True), sorted(C, reverse=True), reverse=True)))
words1 = ["a", "bb", "dd", "ccc", "eeee"]
words2 = ["x", "yy", "zzz", "www", "vvvvv"]
print(list(heapq.merge(words1, words2, key=len)))
print(list(heapq.merge(words1[::-1], words2[::-1], key=len, reverse=True)))
pairs1 = [(1, "a1"), (1, "a2"), (2, "a3"), (5, "a4")]
pairs2 = [(1, "b1"), (2, "b2"), (2, "b3"), (3, "b4")]
pairs3 = [(0, "c1"), (2, "c2"), (5, "c3")]
print(list(heapq.merge(pairs1, pairs2, pairs3, key=lambda p: p[0])))
print(list(heapq.merge(pairs3[::-1], pairs2[::-1], pairs1[::-1], key=lambda p: p[0], reverse=True)))
g = heapq.merge(iter([1, 4, 7]), (x * 2 for x in range(5)), range(3, 6))
print(next(g), next(g), list(g))
print(list(heapq.merge("ace", "bdf", "")))
