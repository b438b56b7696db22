print("r_f loaded")
NAME = "f"
