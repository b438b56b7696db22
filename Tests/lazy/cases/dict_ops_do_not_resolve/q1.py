print("q1 loaded")
NAME = "1"
