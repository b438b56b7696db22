print("a_if loaded")
N = 1
