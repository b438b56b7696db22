print("fp.m loaded")
Name = "the-name"
Other = "the-other"
