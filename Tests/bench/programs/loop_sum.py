# Loop-heavy: integer arithmetic in a while loop and a for-range loop.
def work(n):
    total = 0
    i = 0
    while i < n:
        total += i * 2 % 7
        i += 1
    for j in range(n):
        total -= j & 3
    return total

print(work(3_000_000))
