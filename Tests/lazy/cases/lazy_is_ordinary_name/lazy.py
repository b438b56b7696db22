print("lazy module loaded")
V = "lazy-v"
