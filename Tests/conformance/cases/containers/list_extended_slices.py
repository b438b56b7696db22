x = list(range(12))
print(x[::2], x[1::2], x[::-1], x[::-3], x[10:2:-2], x[-1:-5:-1])
print(x[3:3], x[5:1], x[-100:3], x[9:100], x[::100], x[::-100])
try:
    x[::0]
except ValueError as e:
    print("ValueError", e)
try:
    x['a']
except TypeError as e:
    print("TypeError", e)
try:
    x[1.0]
except TypeError as e:
    print("TypeError", e)
print(x[True], x[-12])
