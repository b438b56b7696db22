print("plug_b loaded")
V = "pb"
