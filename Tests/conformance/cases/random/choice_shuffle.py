import random

for s in [0, 1, 31337, -8]:
    random.seed(s)
    print(s, [random.choice("abcdefghij") for _ in range(12)])
    print(s, random.choice([10, 20, 30]), random.choice((None, True)), random.choice(range(1000)))
    for n in [0, 1, 2, 5, 10, 52]:
        x = list(range(n))
        random.shuffle(x)
        print(s, n, x)
r = random.Random(4)
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
r.shuffle(deck)
print(deck[:13])
for empty in ([], "", (), range(0)):
    try:
        r.choice(empty)
    except IndexError as e:
        print("IndexError", e)
