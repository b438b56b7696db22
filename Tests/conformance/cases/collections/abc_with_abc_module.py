import abc
import collections.abc as cabc

class Store(cabc.MutableMapping, abc.ABC):
    def __init__(self):
        self._data = {}
    def __getitem__(self, key):
        return self._data[key]
    def __setitem__(self, key, value):
        self._data[key] = value
    def __delitem__(self, key):
        del self._data[key]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)

s = Store()
s["a"] = 1
s.update(b=2)
print(dict(s.items()), s.get("z", 0), "a" in s, len(s), s.pop("a"), list(s))
print(type(cabc.Mapping) is abc.ABCMeta, isinstance(s, cabc.Sized), issubclass(Store, abc.ABC))
print(isinstance([], cabc.Iterable), isinstance(1, cabc.Iterable), issubclass(list, cabc.Hashable))

class Partial(cabc.Mapping):
    def __getitem__(self, key):
        return key
try:
    Partial()
except TypeError as e:
    print("TypeError", e)

class Walker:
    def __iter__(self):
        return iter(())
print(isinstance(Walker(), cabc.Iterable), isinstance(Walker(), cabc.Iterator))
