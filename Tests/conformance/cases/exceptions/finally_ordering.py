def trace():
    out = []
    try:
        out.append("try")
        try:
            out.append("inner try")
            raise ValueError
        finally:
            out.append("inner finally")
    except ValueError:
        out.append("outer except")
    finally:
        out.append("outer finally")
    return out
print(trace())
def nested_returns():
    try:
        try:
            return "inner"
        finally:
            print("inner finally runs")
    finally:
        print("outer finally runs")
print(nested_returns())
def finally_raises():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    finally_raises()
except ValueError as e:
    print(repr(e), repr(e.__context__))
