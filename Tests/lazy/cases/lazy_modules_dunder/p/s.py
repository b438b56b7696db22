print("p.s loaded")
T = "tv"
