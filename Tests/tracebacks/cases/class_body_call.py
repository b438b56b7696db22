def make():
    return {}["a"]
class C:
    value = make()
