class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
print(A() == B())
print(A() != B())
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(Lt(1) < Lt(2), Lt(2) > Lt(1))
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print("TypeError", e)
