def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__)
try:
    try:
        raise KeyError("a")
    finally:
        print("finally during propagation")
except KeyError as e:
    print("got", repr(e))
