print("q_del loaded")
