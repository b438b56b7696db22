print(format(42), format("x"), format(None), format([1, 2]), format(True), format(2.5), format(7, ""))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(format(F(), "abc"), format(F()), f"{F():xyz}")
class Bad:
    def __format__(self, spec):
        return 5
for call in ["format()", "format(1, 2)", "format(1, 'x', 3)", "format(object(), 'x')", "format(Bad(), 'q')",
             "format(1, format_spec='')"]:
    try:
        print(eval(call))
    except TypeError as e:
        print(call, "TypeError:", e)
