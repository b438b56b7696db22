import pk
print("main mid")
print(pk.use())
