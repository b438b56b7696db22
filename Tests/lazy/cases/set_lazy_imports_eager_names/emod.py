print("emod loaded")
