print("vp loaded")
version = "9.9"
