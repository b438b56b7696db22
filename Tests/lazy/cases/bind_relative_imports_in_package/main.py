import rp
print("main mid")
rp.use()
