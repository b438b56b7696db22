import random

for s in ["", "a", "hello", "hello world", "x" * 111, "y" * 112, "z" * 300,
          "Ünïcödé ✓", b"", b"bytes seed", bytearray(b"ba")]:
    random.seed(s)
    print(repr(s)[:30], random.random(), random.randrange(1000))
for s in ["hello", b"hello", "", "abc" * 10]:
    random.seed(s, version=1)
    print("v1", repr(s)[:20], random.random())
for s in [1.5, -2.25, 0.0, 1e100]:
    random.seed(s)
    print(s, random.random())
r = random.Random("spam")
print(r.random(), r.sample(range(10), 3))
