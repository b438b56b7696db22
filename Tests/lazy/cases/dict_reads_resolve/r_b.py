print("r_b loaded")
NAME = "b"
