print("unused_mod loaded")
