print("grand_dep loaded")
V = "G"
