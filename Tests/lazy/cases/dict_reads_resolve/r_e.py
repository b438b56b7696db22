print("r_e loaded")
NAME = "e"
