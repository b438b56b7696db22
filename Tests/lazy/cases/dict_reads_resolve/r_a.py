print("r_a loaded")
NAME = "a"
