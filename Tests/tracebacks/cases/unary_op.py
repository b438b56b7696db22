x = "s"
y = -x + 1
