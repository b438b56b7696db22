print("a.b.c loaded")
NAME = "ABC"
