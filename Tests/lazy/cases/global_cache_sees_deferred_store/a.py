print("a loaded")
V = "av"
