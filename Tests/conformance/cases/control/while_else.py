i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i =", i)
else:
    print("while finished normally")
n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("breaking at", n)
        break
else:
    print("not printed")
while False:
    pass
else:
    print("empty while else")
