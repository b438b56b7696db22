print("t_if_in_try loaded")
