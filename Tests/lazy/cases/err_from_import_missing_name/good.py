print("good loaded")
present = 1
