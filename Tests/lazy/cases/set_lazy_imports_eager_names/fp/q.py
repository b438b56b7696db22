print("fp.q loaded")
