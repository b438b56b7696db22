print("inner_p loaded")
V = "P"
