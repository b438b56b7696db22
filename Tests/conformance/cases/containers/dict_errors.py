tests = ["{}.popitem()", "{}['k']", "{}.pop(1)", "dict([1])", "dict([[1]])", "dict(1, 2)",
         "hash({})", "{}.get()", "{1: 2} | [1]", "dict([(1, 2, 3)])", "{}[[1]]", "{}.update(1, 2)",
         "{}.update(1)", "{}.setdefault()", "dict.fromkeys()", "{}.get(1, 2, 3)", "del {}[1]"]
for t in tests:
    try:
        exec(t)
        print(t, "-> ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
