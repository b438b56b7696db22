lazy import a.b.c
lazy import a.b as ab
lazy from a.b import c as cmod
lazy import pk
print("main mid")
print(ab.NAME)
print(cmod.NAME)
print(a.NAME)
pk.use()
