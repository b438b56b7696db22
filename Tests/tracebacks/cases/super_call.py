class A:
    def go(self, n):
        return n.bad
class B(A):
    def go(self, n):
        return super().go(n) + 1
B().go(3)
