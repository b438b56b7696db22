v = 2 ** 3 ** 100.5 if False else 10 // 0
