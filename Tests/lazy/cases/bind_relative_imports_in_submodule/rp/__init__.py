print("rp loaded")
