print("t_else loaded")
