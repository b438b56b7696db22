print("t_finally loaded")
