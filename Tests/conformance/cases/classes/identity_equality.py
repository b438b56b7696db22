# == and != between objects without __eq__ compare identity; object.__ne__ inverts __eq__ only.
class Plain:
    pass


class NotImpl:
    def __eq__(self, other):
        return NotImplemented


class Answers:
    def __eq__(self, other):
        return "answers-eq"


class OnlyNe:
    def __ne__(self, other):
        return "custom-ne"


a, b = Plain(), Plain()
print(a == a, a == b, a != a, a != b)
print(NotImpl() != Answers(), Answers() != NotImpl(), NotImpl() == Answers(), Answers() == NotImpl())
print(OnlyNe() != Plain(), Plain() != OnlyNe(), OnlyNe() == OnlyNe())
x = NotImpl()
print(x == x, x != x, x != NotImpl())
print(a.__ne__(b), a.__ne__(a), NotImpl().__ne__(1), Answers().__ne__(1))
print([a, b].index(b), a in [b], a in [b, a], [a, b].count(a))


class Sub(Plain):
    pass


s = Sub()
print(s == s, s == Sub(), s != a)
Sub.__eq__ = lambda self, other: "patched"
print(s == a, a == s, s != a)
