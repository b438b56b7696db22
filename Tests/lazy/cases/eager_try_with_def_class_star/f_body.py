print("f_body loaded")
N = "fN"
