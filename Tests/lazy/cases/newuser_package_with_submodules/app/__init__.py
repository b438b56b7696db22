print("app loaded")
