print("t_body loaded")
