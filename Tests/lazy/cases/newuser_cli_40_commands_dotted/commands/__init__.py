print("commands loaded")
