print("other_leaf loaded")
