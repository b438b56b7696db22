ok = False
