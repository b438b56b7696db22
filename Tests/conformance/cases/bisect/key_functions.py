import bisect

records = [("ann", 3), ("bob", 5), ("cy", 5), ("dee", 8), ("ed", 11)]
by_score = lambda r: r[1]
for s in [0, 3, 4, 5, 6, 11, 12]:
    print(s, bisect.bisect_left(records, s, key=by_score), bisect.bisect_right(records, s, key=by_score))
recs = list(records)
bisect.insort(recs, ("fay", 5), key=by_score)
bisect.insort_left(recs, ("gus", 5), key=by_score)
bisect.insort_right(recs, ("hal", 0), key=by_score)
bisect.insort_left(recs, ("ivy", 99), key=by_score)
print(recs)
words = ["a", "bb", "cc", "ddd", "eeee"]
print(bisect.bisect(words, 2, key=len), bisect.bisect_left(words, 2, key=len), bisect.bisect(words, 2, 0, 2, key=len))
bisect.insort(words, "zz", key=len)
bisect.insort(words, "q", 2, key=len)
print(words)
calls = []
def k(v):
    calls.append(v)
    return -v
desc = [9, 7, 7, 4, 1]
print(bisect.bisect_left(desc, -7, key=k), bisect.bisect_right(desc, -7, key=k), calls)
