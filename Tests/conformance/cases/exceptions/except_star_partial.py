try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError as g:
        print("handled", repr(g))
    except* OSError as g:
        print("handled", repr(g))
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))
try:
    raise TypeError("naked")
except* TypeError as g:
    print("naked wrapped:", repr(g))
