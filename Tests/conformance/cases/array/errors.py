from array import array
tests = ['array("b",[200])', 'array("b",[-200])', 'array("B",[-1])', 'array("B",[256])', 'array("h",[70000])', 'array("h",[-70000])', 'array("H",[-1])', 'array("H",[70000])',
         'array("i",[2**31])', 'array("i",[-2**31-1])', 'array("I",[-1])', 'array("I",[2**32])', 'array("I",[2**64])', 'array("l",[2**63])', 'array("l",[-2**63-1])',
         'array("L",[-1])', 'array("L",[2**64])', 'array("q",[2**63])', 'array("q",[-2**63-1])', 'array("Q",[-1])', 'array("Q",[2**64])', 'array("b",[2**70])', 'array("i",[1.5])',
         'array("f",["x"])', 'array("d",[10**400])', 'array("u",[1])', 'array("u",["ab"])', 'array("z")', 'array("i","abc")', 'array(5)', 'array("i").pop()', 'array("i",[1]).pop(5)',
         'array("i",[1]).remove(5)', 'array("i",[1]).index(5)', 'array("i",[1])+array("d")', 'array("i",[1])+[1]', 'array("i",[1]).frombytes(b"abc")',
         'array("i",[1,2]).__setitem__(0,"x")', 'array("i",[1,2]).__setitem__(slice(0,1),[5])', 'array("i",[1,2]).__setitem__(slice(0,1),array("d",[1.0]))',
         'array("b",[1]).extend([300])', 'array("b",[1]).extend(array("h",[1]))', 'array("i",array("d",[1.0]))', 'array("i",[1])[5]', 'array("i",[1]).insert(0,"x")',
         'array("i",[3]).tounicode()', 'array("i",[1]).__setitem__(3, 1)', 'array("B",[1]).append(-1)']
for t in tests:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
a = array('b', [1, 2])
try:
    a.append(1000)
except OverflowError as e:
    print('append failed', e, a)
try:
    a.extend([3, 4, 500])
except OverflowError as e:
    print('extend failed', e, a)
