nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
a = [1, 2, 3]
for x in a:
    if len(a) < 6:
        a.append(x * 10)
print(a)
b = [3, 1, 2]
b.sort(key=lambda v: v)
print(b, b.sort(), sorted(b) is b)
