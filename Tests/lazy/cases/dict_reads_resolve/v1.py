print("v1 loaded")
NAME = "v1"
