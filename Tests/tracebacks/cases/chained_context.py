def handler():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return [][0]
handler()
