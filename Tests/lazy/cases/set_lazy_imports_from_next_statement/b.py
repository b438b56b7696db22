print("b loaded")
V = "bv"
