def read_lines():
    for line in ["alpha 1", "beta 22", "", "gamma 333", "delta x"]:
        yield line
def nonblank(lines):
    return (l for l in lines if l.strip())
def parse(lines):
    for l in lines:
        name, _, num = l.partition(" ")
        try:
            yield name, int(num)
        except ValueError:
            print("skip", repr(l))
total = 0
for name, n in parse(nonblank(read_lines())):
    print(name, n)
    total += n
print("total", total)
