x = None
y = x.real if x is not None else x.imag
