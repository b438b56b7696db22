print("f loaded")
NAME = "F"
