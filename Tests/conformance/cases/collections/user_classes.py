from collections import UserDict, UserList, UserString
u = UserDict(a=1)
u['b'] = 2
print(u, len(u), 'a' in u, u.get('q', 0), dict(u), u.data, sorted(u))
print(u.pop('a'), u, u.setdefault('c', 3), u)
u.update({'d': 4}, e=5)
print(u, u.copy(), type(u.copy()).__name__)
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
m = Missing()
print(m['ab'], 'ab' in m)
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
print(Lower({'A': 1, 'B': 2}))
ul = UserList([3, 1, 2])
ul.sort()
ul.append(4)
print(ul, ul[1:], type(ul[1:]).__name__, len(ul), ul + [5], [0] + ul, ul * 2)
ul.extend(UserList([9]))
ul.insert(0, 'z')
print(ul, ul.pop(), ul.pop(0), ul.index(2), ul.count(1))
ul.reverse()
print(ul, ul == [4, 3, 2, 1], ul < [5], 3 in ul)
ul.remove(3)
del ul[0]
print(ul, list(reversed(ul)))
us = UserString('hello')
print(us, repr(us), us.upper(), len(us), us[1:3], 'ell' in us, us + '!', us * 2)
print(us.split('l'), us.replace('l', 'L'), us == 'hello', us < 'world', us.find('o'), us.capitalize())
print(str(us), type(us.upper()).__name__, list(us)[:2])
