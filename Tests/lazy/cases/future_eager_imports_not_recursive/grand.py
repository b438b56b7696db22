print("grand loaded")
G = "gv"
