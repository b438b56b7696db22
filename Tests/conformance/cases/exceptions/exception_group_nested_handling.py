def task(i):
    if i % 3 == 0:
        raise ValueError(f"task {i} value")
    if i % 3 == 1:
        raise KeyError(f"task {i}")
    return i
errors = []
for i in range(6):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
try:
    raise ExceptionGroup("tasks", errors)
except* KeyError as g:
    print("keys:", [e.args[0] for e in g.exceptions])
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise TypeError("from handler")
except TypeError as e:
    print(repr(e), repr(e.__context__))
