try:
    print("in try")
finally:
    print("in finally")
    raise ValueError("from finally")
