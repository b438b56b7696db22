class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for _ in range(300):
    head = Node(head)
print(head.length())
class Loop:
    def __getattr__(self, name):
        return self.missing_too
try:
    Loop().anything
except RecursionError as e:
    print("RecursionError in __getattr__:", e)
