def ratio(a, b):
    return a.count * 10 // b.total + 3
class A: count = 3; total = 0
ratio(A(), A())
