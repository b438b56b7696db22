print("z loaded")
