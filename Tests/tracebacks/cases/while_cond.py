n = None
while n < 3:
    n += 1
