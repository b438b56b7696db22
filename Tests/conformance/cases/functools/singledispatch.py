import functools
@functools.singledispatch
def describe(obj, suffix=''):
    """Generic."""
    return 'object' + suffix
@describe.register
def _(obj: int, suffix=''):
    return 'int ' + str(obj) + suffix
@describe.register(list)
def _list(obj, suffix=''):
    return 'list of ' + str(len(obj)) + suffix
def _str(obj, suffix=''):
    return 'str ' + obj + suffix
describe.register(str, _str)
@describe.register
def _(obj: float | complex, suffix=''):
    return 'number ' + repr(obj)
class Base:
    pass
class Child(Base):
    pass
class Grand(Child):
    pass
@describe.register(Base)
def _(obj, suffix=''):
    return 'Base-ish ' + type(obj).__name__
print(describe(3), describe(True), describe([1, 2], suffix='!'), describe('hi'), describe(None))
print(describe(1.5), describe(2j), describe(Grand()), describe(Child()), describe({}))
print(describe.__name__, describe.__doc__, describe.dispatch(bool) is describe.dispatch(int))
print(describe.dispatch(Grand).__name__, describe.dispatch(dict) is describe.__wrapped__)
print(sorted(k.__name__ for k in describe.registry.keys()))
@describe.register(Child)
def _(obj, suffix=''):
    return 'Child-ish'
print(describe(Grand()), describe(Base()))
def noann(x):
    pass
def badann(x: 1):
    pass
for f in [lambda: describe(), lambda: describe.register(noann), lambda: describe.register(badann),
          lambda: describe.register(1, noann), lambda: describe.register(1)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', str(e).split(' at 0x')[0])
class Fmt:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return 'default'
    @fmt.register
    def _(self, arg: int):
        return 'int'
    @fmt.register(str)
    def _(self, arg):
        return 'str'
print(Fmt().fmt(1), Fmt().fmt('a'), Fmt().fmt(1.0))
