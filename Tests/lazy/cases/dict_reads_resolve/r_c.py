print("r_c loaded")
NAME = "c"
