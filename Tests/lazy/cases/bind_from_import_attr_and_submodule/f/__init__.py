print("f loaded")
attr = "fattr"
