a = [10, 20, 30, 40]
print(a[-1], a[-4], a[len(a) - 1])
try:
    a[-5]
except IndexError as e:
    print("IndexError", e)
a[-1] = 99
print(a)
del a[-2]
print(a)
print(a[-100:100], a[2:-100], a[-2:])
