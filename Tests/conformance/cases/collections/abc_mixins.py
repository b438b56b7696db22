from collections import abc
class MyMap(abc.Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print('a' in m, 'z' in m, m.get('z', 9), m.get('a'), list(m.keys()), list(m.items()), list(m.values()))
print(m == {'a': 1, 'b': 2}, m == MyMap({'a': 1}), m.keys() & {'a'}, sorted(m.keys() | {'c'}), ('a', 1) in m.items(), 2 in m.values())
print(isinstance(m, abc.Mapping), isinstance(m, abc.MutableMapping), isinstance(m, dict))
class MyMut(abc.MutableMapping):
    def __init__(self):
        self.store = {}
    def __getitem__(self, k):
        return self.store[k]
    def __setitem__(self, k, v):
        self.store[k] = v
    def __delitem__(self, k):
        del self.store[k]
    def __iter__(self):
        return iter(self.store)
    def __len__(self):
        return len(self.store)
mm = MyMut()
mm.update({'x': 1}, y=2)
mm.update([('z', 3)])
print(dict(mm), mm.setdefault('w', 0), mm.pop('x'), mm.pop('x', 'gone'), mm.popitem(), dict(mm))
mm.clear()
print(len(mm))
class Seq(abc.Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3
s = Seq()
print(list(s), 20 in s, 25 in s, list(reversed(s)), s.index(20), s.count(10))
try:
    s.index(7)
except ValueError as e:
    print('ValueError', repr(e))
class MSeq(abc.MutableSequence):
    def __init__(self):
        self.items = []
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __len__(self):
        return len(self.items)
    def insert(self, i, v):
        self.items.insert(i, v)
q = MSeq()
q.append(1); q.extend([2, 3]); q += [4]
q.reverse()
print(q.items, q.pop(), q.pop(0), q.items)
q.remove(2)
print(q.items)
class Bad(abc.MutableMapping):
    pass
try:
    Bad()
except TypeError as e:
    print(e)
class Half(abc.Sized):
    pass
try:
    Half()
except TypeError as e:
    print(e)
class Gen(abc.Generator):
    def __init__(self):
        self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def throw(self, *a):
        raise StopIteration
print(list(Gen()), isinstance(Gen(), abc.Iterator))
class MS(abc.MutableSet):
    def __init__(self, it=()):
        self.s = set(it)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(sorted(self.s))
    def __len__(self):
        return len(self.s)
    def add(self, x):
        self.s.add(x)
    def discard(self, x):
        self.s.discard(x)
a, b = MS([1, 2, 3]), MS([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, MS([2]) < a, a == MS([3, 2, 1]), a.isdisjoint([7]))
a |= [9]
a -= [1]
print(list(a), a.pop() in (2, 3, 9), len(a))
