__lazy_modules__ = ["heavy"]
print("lib start")
import heavy
import light
print("lib end")
def use():
    print(heavy.V)
