print("pkg.sub loaded")
