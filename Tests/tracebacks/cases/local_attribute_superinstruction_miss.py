class Box:
    def __init__(self, value):
        self.value = value

def read(box):
    return box.value + box.other

boxes = [Box(1), Box(2)]
for b in boxes:
    b.other = 10
print([read(b) for b in boxes])
print(read(Box(3)))
