import sys
print(sys.exc_info())
def inner():
    raise KeyError("inner key")
try:
    inner()
except KeyError:
    etype, evalue, tb = sys.exc_info()
    print(etype.__name__, repr(evalue), type(tb).__name__)
    try:
        raise ValueError("nested")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
