print("q_main_del loaded")
