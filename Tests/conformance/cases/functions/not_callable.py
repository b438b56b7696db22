for obj in [1, "s", [1], None, (1,)]:
    try:
        obj()
    except TypeError as e:
        print("TypeError", e)
class A:
    pass
try:
    A()()
except TypeError as e:
    print("TypeError", e)
