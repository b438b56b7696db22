print("vp.version loaded")
version = "1.2.3"
