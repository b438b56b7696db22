# A tiny stand-in demo until the lazy-import demo app lands.
def greet(name):
    return f"Hello, {name}!"

print(greet("Smolder"))
