print("q2 loaded")
NAME = "2"
