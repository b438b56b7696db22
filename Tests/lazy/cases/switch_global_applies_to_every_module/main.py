import mid
print("main body done")
mid.use()
