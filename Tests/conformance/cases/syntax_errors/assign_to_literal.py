print("ok")
5 = x
