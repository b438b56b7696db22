x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)], {i: z for i in range(2)}, list(z + i for i in range(2))
print(f())
class C:
    base = [1, 2]
    doubled = [v * 2 for v in base]
print(C.doubled)
try:
    class D:
        k = 3
        out = [k * i for i in range(3)]
except NameError as e:
    print("NameError", e)
print([(lambda: i)() for i in range(3)])
