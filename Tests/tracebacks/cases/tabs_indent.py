def f():
	x = [1]
	return x[3] + 1
f()
