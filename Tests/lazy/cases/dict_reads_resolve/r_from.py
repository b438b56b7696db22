print("r_from loaded")
NAME = "from"
