print("b loaded")
X = "bx"
