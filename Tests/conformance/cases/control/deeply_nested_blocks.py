class Ctx:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        return self.tag
    def __exit__(self, *exc):
        return False
out = []
for a in range(3):
    if a % 2 == 0:
        for b in range(3):
            while b < 2:
                try:
                    if b == 1:
                        with Ctx((a, b, "ctx")) as c:
                            out.append(c)
                    else:
                        out.append((a, b))
                finally:
                    b += 1
    else:
        out.append("odd")
print(out)
