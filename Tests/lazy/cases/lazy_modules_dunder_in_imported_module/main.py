import lib
print("main mid")
lib.use()
