print("reading config")
try:
    raise ValueError("bad input")
except ValueError as e:
    e.add_note("while reading config")
    raise
