def f():
	x = None
	return	x.attr
f()
