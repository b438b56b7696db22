print("w_body loaded")
