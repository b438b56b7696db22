x = list(range(10))
x[2:5] = ['a', 'b']
print(x)
x[::3] = [0, 0, 0]
print(x)
x[:] = x
print(x)
x[5:2] = ['z']
print(x)
x[-2:] = ()
print(x)
x[len(x):] = range(3)
print(x)
y = [1, 2, 3]
try:
    y[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    y[0:1] = 5
except TypeError as e:
    print("TypeError", e)
try:
    y[::2] = 5
except TypeError as e:
    print("TypeError", e)
y[::-1] = 'abc'
print(y)
