print("f.sub2 loaded")
V = "sub2v"
