for i in range(3):
    pass
print(i)
for ch in "":
    pass
try:
    print(ch)
except NameError as e:
    print("NameError", e)
x = 10
for x in [1, 2]:
    pass
print(x)
for a, (b, c) in [(1, (2, 3))]:
    pass
print(a, b, c)
