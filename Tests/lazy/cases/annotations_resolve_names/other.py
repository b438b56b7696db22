print("other loaded")
V = "ov"
