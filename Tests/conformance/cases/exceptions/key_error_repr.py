for key in ["name", 0, (1, 2), None, "", "multi word", 3.5]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), repr(e))
try:
    raise KeyError
except KeyError as e:
    print(repr(str(e)), repr(e))
