import functools
count = 0
@functools.cache
def slow(n):
    global count
    count += 1
    return n * 10
print([slow(i % 3) for i in range(9)], count, slow.cache_info(), slow.cache_parameters())
class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @functools.cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__)
del c.area
print(c.area, c.computed)
c.area = 99
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__)
class Slotted:
    __slots__ = ('x',)
    @functools.cached_property
    def val(self):
        return 1
try:
    Slotted().val
except TypeError as e:
    print('TypeError', e)
cp = functools.cached_property(lambda self: 1)
try:
    cp.__get__(c, Circle)
except TypeError as e:
    print('TypeError', e)
