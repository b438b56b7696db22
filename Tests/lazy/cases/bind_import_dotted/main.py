import a.b.c
print("main mid")
print(a.NAME)
print("after a")
print(a.b.NAME)
print("after a.b")
print(a.b.c.NAME)
