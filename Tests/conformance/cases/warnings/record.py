import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("as instance"))
    def helper():
        warnings.warn("with level", UserWarning, stacklevel=2)
    helper()
print(len(w))
for m in w:
    print(type(m.message).__name__, str(m.message), m.category.__name__,
          m.category is type(m.message), m.filename == __file__, isinstance(m.lineno, int))
print(w[0].message.args, w[0].line, w[0].file, w[0].source)
print(isinstance(w[1].message, DeprecationWarning), issubclass(w[1].category, Warning))

with warnings.catch_warnings(record=True) as w2:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
print(w2)

with warnings.catch_warnings(record=True) as w3:
    warnings.simplefilter("always")
    for i in range(3):
        warnings.warn("repeat")
print(len(w3), [str(x.message) for x in w3])
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("bad", "notaclass")
except TypeError as e:
    print("TypeError:", e)
