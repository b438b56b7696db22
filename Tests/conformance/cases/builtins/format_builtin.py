print(format(3.14159, ".2f"), format(42, "08b"), format("s", ">4"), format(1234567, ","), format(0.5, "%"))
print(format(42), format("x"), format(None), format([1, 2]), format(True), format(2.5))
print(format(255, "#x"), format(-3, "+"), format(3, " "), format(1e10, ".3g"), format(12, "c"))
class F:
    def __format__(self, spec):
        return "F:" + spec
print(format(F(), "abc"), format(F()))
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError", e)
