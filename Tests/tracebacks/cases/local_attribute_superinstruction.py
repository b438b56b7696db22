class Node:
    def __init__(self, child):
        self.child = child

def depth(node):
    total = 0
    while node:
        total += 1
        node = node.child.child
    return total

print(depth(Node(Node(Node(Node(None))))))
print(depth(Node(Node(Node(None)))))
