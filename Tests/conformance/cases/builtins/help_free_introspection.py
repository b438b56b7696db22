print(len.__name__, print.__name__, str.__name__, type(len).__name__, type(str.upper).__name__, type("".upper).__name__)
print(int.__mro__, bool.__mro__)
print(len.__qualname__, str.upper.__qualname__, str.upper.__name__)
