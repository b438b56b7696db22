print("a_for loaded")
N = 2
