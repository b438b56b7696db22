def f(a, b):
    return a + b
print(f(**{"a": 1, "b": 2}), f(*[1], **{"b": 5}))
try:
    f(**{"a": 1, "c": 2})
except TypeError as e:
    print("TypeError", e)
try:
    f(1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, **{"b": 3})
except TypeError as e:
    print("TypeError", e)
