print("i2 loaded")
NAME = "i2"
