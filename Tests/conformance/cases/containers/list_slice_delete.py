x = list(range(20))
del x[::3]
print(x)
del x[::-4]
print(x)
del x[2:5]
print(x)
del x[100:]
print(x)
del x[-1]
print(x)
try:
    del x[50]
except IndexError as e:
    print("IndexError", e)
del x[:]
print(x, len(x))
