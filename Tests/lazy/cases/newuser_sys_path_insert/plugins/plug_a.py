print("plug_a loaded")
V = "pa"
