print("lmod loaded")
V = "lv"
