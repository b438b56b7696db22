print("start")
class C:
    lazy import x
