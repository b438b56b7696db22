print("b loaded")
