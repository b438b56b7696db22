class Box:
    def __init__(self):
        self.content = "x"
b = Box()
print(b.content)
print(b.contents)
