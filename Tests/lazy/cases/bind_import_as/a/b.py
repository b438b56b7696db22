print("a.b loaded")
NAME = "AB"
