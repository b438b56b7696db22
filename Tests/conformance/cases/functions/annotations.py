def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f(1))
print(f.__annotations__)
x: int = 5
y: list
print(x, __annotations__)
def g() -> None:
    pass
print(g.__annotations__)
