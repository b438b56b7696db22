print("i1 loaded")
NAME = "i1"
