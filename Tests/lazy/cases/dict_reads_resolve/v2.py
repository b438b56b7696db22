print("v2 loaded")
NAME = "v2"
