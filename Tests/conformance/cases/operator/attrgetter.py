import operator as op
class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
p = P('root', P('kid', P('grandkid')))
print(op.attrgetter('name')(p), op.attrgetter('child.name')(p), op.attrgetter('child.child.name')(p))
print(op.attrgetter('name', 'child.name')(p))
print(repr(op.attrgetter('name')), repr(op.attrgetter('a.b', 'c')))
print(op.attrgetter('real', 'imag')(3 + 4j))
people = [P('carol'), P('alice'), P('bob')]
print([x.name for x in sorted(people, key=op.attrgetter('name'))])
for f in [lambda: op.attrgetter(), lambda: op.attrgetter(1), lambda: op.attrgetter('missing')(p),
          lambda: op.attrgetter('child.child.child.name')(p)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
