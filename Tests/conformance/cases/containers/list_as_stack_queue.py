stack = []
for i in range(5):
    stack.append(i)
while stack:
    print("pop", stack.pop(), end="; ")
print()
queue = list("abcde")
out = []
while queue:
    item = queue.pop(0)
    out.append(item)
    if item == "b":
        queue.append("B")
print(out)
