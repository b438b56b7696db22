print("t_handler loaded")
