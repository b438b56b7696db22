print("beta loaded")
