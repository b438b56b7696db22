print("p loaded")
V = "pv"
