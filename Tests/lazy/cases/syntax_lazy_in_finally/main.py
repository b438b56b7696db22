print("start")
try:
    pass
finally:
    lazy from x import y
