def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count
avg = averager()
next(avg)
for v in [10, 30, 5, 15]:
    print(avg.send(v))
avg.close()
try:
    avg.send(1)
except StopIteration:
    print("closed generator raises StopIteration")
