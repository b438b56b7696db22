a = 1
b = "s"
c = (a + 0) + b
