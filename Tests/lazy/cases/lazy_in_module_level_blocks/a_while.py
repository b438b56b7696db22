print("a_while loaded")
N = 3
