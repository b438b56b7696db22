print("fp loaded")
