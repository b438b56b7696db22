from array import array, typecodes, ArrayType
import array as arraymod
print(typecodes, ArrayType is array)
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3])
    print(repr(a), str(a), a.typecode, a.itemsize, len(a), a.tolist(), a.tobytes(), a[0], a[-1], a[1:], a[::-1])
print(array('d', [1.5, 2]), array('f', [0.1, 1e300]), array('u', 'hi'), array('i'), array('u'), array('d', array('i', [1, 2])))
a = array('i', [1, 2, 3])
a.append(4); a.extend([5, 6]); a.extend(array('i', [7])); a.insert(0, 0); a.insert(100, 8); a.insert(-1, 99)
print(a, a.pop(), a.pop(0), a.pop(-2), a, a.index(3), a.count(2), 3 in a, 42 in a)
a.remove(99); a.reverse(); print(a, list(a), list(reversed(a)), sum(a), max(a))
a[0] = 10; a[1:3] = array('i', [20, 30, 40]); del a[-1]; del a[0:1]; print(a)
a += array('i', [5]); a *= 2; print(a, a + array('i', [1]), array('i', [1, 2]) * 2, 2 * array('b', [7]))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1]) == array('d', [1.0]), array('i', [1, 2]) < array('i', [1, 3]), array('b', [1, 2]) == [1, 2],
      array('i', [3]) > array('i', [2, 9]), array('i') <= array('i'), array('i', [1]) != array('i', [2]))
b = array('h', [1, -2, 300])
raw = b.tobytes()
c = array('h'); c.frombytes(raw); print(raw, c, c == b, array('h', raw), array('d', b'\x00' * 8))
c.byteswap(); print(c)
u = array('u', 'abc'); u.append('d'); u.fromunicode('ef'); print(u, u.tounicode(), u.tobytes(), array('u', u.tobytes()) if False else '')
f = array('f'); f.fromlist([0.5, 0.1, 3]); print(f, f.tolist(), f.tobytes())
import copy
d = array('Q', [2 ** 64 - 1, 0]); e = copy.copy(d); e[0] = 5; print(d, e, copy.deepcopy(d))
print(array('l', [-2 ** 63, 2 ** 63 - 1]), array('L', [2 ** 64 - 1]).tobytes(), array('q', b'\xff' * 8))
