# Allocations that cannot fit in memory raise MemoryError instead of ending the process.
attempts = [
    lambda: [0] * (10 ** 12),
    lambda: (1, 2) * (10 ** 11),
    lambda: bytes(10 ** 12),
    lambda: bytearray(10 ** 12),
    lambda: b"ab" * (10 ** 12),
    lambda: "ab" * (10 ** 12),
    lambda: list(range(10 ** 12)),
    lambda: tuple(range(10 ** 30)),
]
for i, attempt in enumerate(attempts):
    try:
        attempt()
        print(i, "no error")
    except (MemoryError, OverflowError) as e:
        print(i, type(e).__name__, e)
