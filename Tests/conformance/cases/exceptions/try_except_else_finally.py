def run(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError as e:
        print("except", e)
        return "from except"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally")
print(run(2))
print(run(0))
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "loop done"
try:
    print(swallow())
except ValueError as e:
    print("escaped", e)
