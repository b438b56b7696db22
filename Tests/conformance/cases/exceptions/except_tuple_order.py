def f(v):
    try:
        if v == 0:
            raise KeyError("k")
        if v == 1:
            raise IndexError("i")
        if v == 2:
            raise TypeError("t")
        return "ok"
    except (KeyError, IndexError) as e:
        return f"lookup {type(e).__name__}"
    except Exception as e:
        return f"generic {type(e).__name__}"
print([f(i) for i in range(4)])
try:
    raise KeyError("x")
except LookupError:
    print("LookupError catches KeyError")
except KeyError:
    print("never reached")
