print("r_g loaded")
NAME = "g"
