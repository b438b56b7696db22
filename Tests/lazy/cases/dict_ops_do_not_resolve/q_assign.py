print("q_assign loaded")
