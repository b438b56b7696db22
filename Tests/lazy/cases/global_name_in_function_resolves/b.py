print("b loaded")
B = "bv"
