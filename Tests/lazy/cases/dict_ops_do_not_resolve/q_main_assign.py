print("q_main_assign loaded")
