print("gp loaded")
