print("fp.n loaded")
Other = "the-other"
