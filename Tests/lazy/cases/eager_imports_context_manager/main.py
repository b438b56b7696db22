import importlib
import q
with importlib.eager_imports():
    import m
    print("in with, q:", q.V)
import p
print("after with")
print(p.V)
m.use()
