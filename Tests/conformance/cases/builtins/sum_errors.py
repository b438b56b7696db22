for call in ["sum()", "sum(5)", "sum([], '')", "sum(['a', 'b'], start='')",
             "sum([b'a'], b'')", "sum([1, 'a'])", "sum(['a'])",
             "sum([], 1, 2)", "sum([], x=1)", "sum(iterable=[1])", "sum([1.5, 'x'])", "sum([2 ** 64, None])"]:
    try:
        print(eval(call))
    except TypeError as e:
        print(call, "TypeError:", e)
