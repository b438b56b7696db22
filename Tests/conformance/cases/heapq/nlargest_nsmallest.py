import heapq

DATA = [[6, 7, 4, 3, 6, 1, 3], [2, 8, 9, 8, 0, 9], [4, 7, 0, 5, 6], [7, 1, 4, 5], [3, 8, 0, 0, 5, 2, 2, 2, 4, 6, 8, 1, 7], [9, 1, 5, 6, 1, 9, 9, 6, 1, 1, 8, 2], [0, 2, 5, 0, 3, 3, 8, 9, 3, 9, 1, 6, 2, 5], [6, 4, 1, 0, 5, 5, 7, 1, 4, 0, 3, 4, 5], [0, 4, 5, 0, 7, 6, 8, 7, 0, 8, 1], [8], [1, 6, 4, 1, 5, 6, 1, 9, 5], [1, 5, 8, 0, 9, 8], [0, 3, 6, 8, 1], [8, 4, 5, 4, 0], [2, 0, 6, 4, 2, 9, 1], [1, 3, 8, 4, 6, 0, 6, 8, 6, 4, 1, 0], [1, 1, 1, 3, 2, 0, 3, 3, 2, 5, 5, 1, 3, 0], [6, 5, 1, 7, 3, 4, 8, 7, 3, 6, 1, 3], [6, 7, 9, 4, 7, 3, 6, 5, 8, 4, 9, 6, 6, 8], [1, 0, 5, 1, 4, 4, 8, 4, 2, 8], [6, 7, 4, 1, 6, 4, 4, 6, 0, 8, 8, 8], [6, 4, 2, 5, 9], [3, 2], [5, 1, 5, 3, 3, 6, 9, 2, 5, 0, 7, 9, 5], [1, 8, 0, 7, 7, 1, 2, 4, 9, 3, 8, 4, 3]]

for data in DATA:
    for n in range(-1, len(data) + 2):
        print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data),
              heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))

words = ["pear", "fig", "apple", "kiwi", "plum", "banana", "date", "lime", "yam", "cherry", "nut"]
for n in range(0, 13):
    print(n, heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
    print(n, heapq.nsmallest(n, iter(words), key=len), heapq.nlargest(n, iter(words), key=len))
    print(n, heapq.nsmallest(n, words, key=lambda w: w[-1]), heapq.nlargest(n, iter(words), key=lambda w: w[1]))
pairs = [(3, "a"), (1, "b"), (3, "c"), (2, "d"), (1, "e"), (3, "f"), (0, "g"), (2, "h")]
for n in range(0, 10):
    print(heapq.nsmallest(n, iter(pairs), key=lambda p: p[0]), heapq.nlargest(n, iter(pairs), key=lambda p: p[0]))
print(heapq.nsmallest(3, []), heapq.nlargest(3, iter([])), heapq.nsmallest(1, []), heapq.nlargest(1, [], key=abs))
print(heapq.nlargest(2, {"x": 1, "y": 2, "z": 3}), heapq.nsmallest(2, "hello world"))
print(heapq.nlargest(4, range(-10, 10), key=abs), heapq.nsmallest(4, range(-10, 10), key=abs))
