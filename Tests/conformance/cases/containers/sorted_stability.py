people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
print(sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1]))
nums = [3, -3, 2, -2, 1, -1]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
