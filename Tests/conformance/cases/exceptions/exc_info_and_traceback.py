import sys
try:
    raise ValueError("tracked")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, tb.tb_lineno)
print(sys.exc_info())
def deep():
    raise KeyError("deep")
try:
    deep()
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(lines)
print(sys.exception())
