for call in ["max()", "min()", "max([])", "min(iter(()))", "max(1)", "max(1, 2, default=0)",
             "min([1, 'a'])", "max([1, 'a'])", "max([3], key=5)", "max(1, 2, x=3)", "min([], key=len)",
             "max([None, None])"]:
    try:
        print(eval(call))
    except (TypeError, ValueError) as e:
        print(call, type(e).__name__ + ":", e)
