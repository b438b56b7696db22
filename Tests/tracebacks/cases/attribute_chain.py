class Node:
    def __init__(self):
        self.child = None
root = Node()
v = root.child.value.more
