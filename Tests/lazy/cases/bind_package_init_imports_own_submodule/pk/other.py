print("pk.other loaded")
O = "ov"
