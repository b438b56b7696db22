print("star loaded")
STAR_NAME = "starred"
