def parse(s):
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return None
print([parse(s) for s in ["1", "2.5", "x", "1e3"]])
results = []
for v in [1, 0, "a", None, 2]:
    try:
        results.append(10 / v)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError as e:
        results.append(f"type: {e}")
print(results)
