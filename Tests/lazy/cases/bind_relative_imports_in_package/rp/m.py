print("rp.m loaded")
Y = "yv"
