def bad():
    yield 1
    raise ValueError("inside generator")
try:
    for v in bad():
        print("v", v)
except ValueError as e:
    print("caught", e)
def stop_inside():
    yield 1
    raise StopIteration("oops")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def finally_gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for v in finally_gen():
    print(v)
    break
print("after break")
