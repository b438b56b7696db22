import a.b as x
print("main mid")
print("a" in globals(), "x" in globals())
print(x.NAME)
