print("fp.m loaded")
Name = "the-name"
