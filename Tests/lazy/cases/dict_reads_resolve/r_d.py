print("r_d loaded")
NAME = "d"
