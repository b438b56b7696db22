def f():
    return undefined_thing
try:
    f()
except NameError as e:
    print("NameError", e)
def g():
    print(local_later)
    local_later = 5
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def h():
    def inner():
        return free_var
    try:
        return inner()
    finally:
        pass
    free_var = 1
try:
    h()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print("NameError", e)
