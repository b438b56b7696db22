from collections import abc
import collections.abc
print(abc is collections.abc)
def gen():
    yield 1
names = ['Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized',
         'Container', 'Callable', 'Collection', 'Sequence', 'MutableSequence',
         'Mapping', 'MutableMapping', 'Set', 'MutableSet', 'MappingView',
         'KeysView', 'ItemsView', 'ByteString']
for obj in [1, 'a', [1], (1,), {}, set(), frozenset(), {}.keys(), {}.items(),
            iter([]), gen(), len, print, lambda: 0, range(3), b'x', bytearray(),
            None, 1.5, type, zip(), map(str, [])]:
    print(type(obj).__name__, [n for n in names if isinstance(obj, getattr(abc, n))])
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class NoHash:
    __hash__ = None
class Sz:
    def __len__(self):
        return 0
print(isinstance(It(), abc.Iterator), isinstance(It(), abc.Iterable), issubclass(It, abc.Sized))
print(isinstance(NoHash(), abc.Hashable), isinstance(Sz(), abc.Sized), issubclass(Sz, abc.Collection))
print(issubclass(dict, abc.Mapping), issubclass(list, abc.Mapping), issubclass(tuple, abc.MutableSequence))
class Reg:
    pass
abc.Sequence.register(Reg)
print(issubclass(Reg, abc.Sequence), issubclass(Reg, abc.Iterable), issubclass(Reg, abc.MutableSequence), isinstance(Reg(), abc.Sized))
print(abc.Iterable.__name__, abc.Iterable.__module__, type(abc.Iterable).__name__)
print(sorted(abc.MutableMapping.__abstractmethods__), sorted(abc.Sequence.__abstractmethods__))
