from rp import worker
print("main mid")
worker.use()
