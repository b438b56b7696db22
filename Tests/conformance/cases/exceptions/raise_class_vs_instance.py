try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise object
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
class NotExc:
    pass
try:
    try:
        pass
    except NotExc:
        pass
    print("unused handler ok")
    try:
        raise KeyError
    except NotExc:
        pass
except TypeError as e:
    print("TypeError", e)
