def a(): return b()
def b(): return c()
def c(): return d() * 2
def d(): return {}.pop("x")
a()
