print("start")
if 1 > 0
    print("yes")
