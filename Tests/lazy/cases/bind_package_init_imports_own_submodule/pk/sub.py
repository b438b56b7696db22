print("pk.sub loaded")
V = "sv"
