width, prec = 12, 4
value = 2 / 3
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}.{prec + 1}}]")
align = "^"
print(f"[{'mid':{align}{width}}]")
fill = "*"
print(f"[{'x':{fill}{align}9}]")
items = ["a", "bb", "ccc"]
print(f"{', '.join(f'{s!r}:{len(s)}' for s in items)}")
print(f"{[f'{i:02}' for i in range(3)]}")
print(f"{'{'}{'}'}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print(f"{P():xyz} {format(P(), '')} {P():{fill}>{width}}")
