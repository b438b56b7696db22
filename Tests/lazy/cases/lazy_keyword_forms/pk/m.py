print("pk.m loaded")
Y = "yv"
