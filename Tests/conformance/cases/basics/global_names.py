counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def reads():
    return counter * 10
print(reads())
def shadow():
    counter = 99
    return counter
print(shadow(), counter)
try:
    del counter
    print(counter)
except NameError as e:
    print("NameError", e)
