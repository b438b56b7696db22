print("c loaded")
V = "cv"
