print("bad_class body ran")
class C:
    lazy import x
