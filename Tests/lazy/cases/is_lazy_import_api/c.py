print("c loaded")
C = 3
