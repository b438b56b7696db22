print("rp.tools loaded")
