def classify(e):
    kinds = []
    for cls in (Exception, ArithmeticError, LookupError, OSError, ValueError):
        if isinstance(e, cls):
            kinds.append(cls.__name__)
    return kinds
for e in [ZeroDivisionError(), KeyError(), IndexError(), FileNotFoundError(), UnicodeError(), KeyboardInterrupt()]:
    print(type(e).__name__, classify(e))
print(OSError(2, "x").__class__.__name__, FileNotFoundError.__bases__[0].__name__)
