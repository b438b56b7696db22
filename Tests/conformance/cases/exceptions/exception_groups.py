def risky():
    raise ExceptionGroup("batch failed", [ValueError("bad value"), TypeError("bad type"), ValueError("another")])
try:
    risky()
except* ValueError as eg:
    print("ValueErrors:", [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("outer", [KeyError("a"), ExceptionGroup("inner", [IndexError(1), KeyError("b")])])
print(repr(eg))
print(str(eg), len(eg.exceptions))
match_, rest = eg.split(KeyError)
print(repr(match_))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, IndexError))))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
