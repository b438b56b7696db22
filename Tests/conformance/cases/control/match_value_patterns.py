class Color:
    RED = "red"
    GREEN = "green"
class Mode:
    FAST = 1
    SLOW = 2
def pick(c, m):
    match (c, m):
        case (Color.RED, Mode.FAST):
            return "red fast"
        case (Color.GREEN, _):
            return "green anything"
        case (_, Mode.SLOW):
            return "something slow"
        case _:
            return "no match"
print(pick("red", 1), pick("green", 9), pick("blue", 2), pick("red", 3))
RED = "local red"
match "anything":
    case RED if False:
        pass
    case other:
        print("capture:", other)
