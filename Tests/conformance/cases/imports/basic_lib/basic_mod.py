"""Docstring of basic_mod."""
print("loading basic_mod as", __name__)
VALUE = 42
_private = 1


def where():
    return __name__
