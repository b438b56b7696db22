print("used_mod loaded")
V = "uv"
