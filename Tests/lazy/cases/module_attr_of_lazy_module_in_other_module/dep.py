print("dep loaded")
V = "dv"
