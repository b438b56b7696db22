import sys
import a
import p.q
print("a" in sys.modules, "p" in sys.modules, "p.q" in sys.modules)
print(a.V)
print("a" in sys.modules, "p" in sys.modules, "p.q" in sys.modules)
print(p.q.V)
print("p" in sys.modules, "p.q" in sys.modules)
