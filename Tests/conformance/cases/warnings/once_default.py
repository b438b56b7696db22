import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("only once")
    warnings.warn("only once", RuntimeWarning)
    warnings.warn("another")
    warnings.warn("another")
print([(str(x.message), x.category.__name__) for x in w])

def emit():
    warnings.warn("from emit")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(4):
        emit()
print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    emit()
    emit()
print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    emit()
    emit()
print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.warn("dep in main", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("import", ImportWarning)
    warnings.warn("user")
print([str(x.message) for x in w])
