__lazy_modules__ = ["a", "p.s"]
import a
import b
from p.s import T
import c
print("main mid")
print(a.V)
print(T)
