print("a_nested loaded")
N = 5
