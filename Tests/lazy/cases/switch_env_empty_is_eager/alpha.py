print("alpha loaded")
VALUE = "a"
