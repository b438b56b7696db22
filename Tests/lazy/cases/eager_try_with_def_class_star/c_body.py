print("c_body loaded")
