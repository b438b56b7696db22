print("a_match loaded")
N = 4
