print("heavy loaded")
V = "hv"
