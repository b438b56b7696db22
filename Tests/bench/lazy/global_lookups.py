# Global-lookup-heavy loop: module globals, builtins and an imported module's attribute, read in a
# hot function. Under -L, `math` is a deferred import until the first call resolves it.
import math

SCALE = 3
OFFSET = 7
TABLE = (1, 2, 3)


def work(n):
    total = 0
    for i in range(n):
        total += (i * SCALE + OFFSET) % 11 + len(TABLE) + abs(-i % 5)
        total += math.floor(1.5)
    return total


print(work(1_000_000))
