lazy = "a variable"
lazy import a
print(lazy)
print("main mid")
print(a.V)
lazy = None
print(lazy)
