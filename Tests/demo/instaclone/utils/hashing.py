"""A stable string hash (FNV-1a) for sharding and A/B buckets."""
FNV_OFFSET = 0xcbf29ce484222325
FNV_PRIME = 0x100000001b3
TABLE = [(i * FNV_PRIME) & 0xFF for i in range(256)]


def fnv1a(text):
    h = FNV_OFFSET
    for byte in text.encode():
        h = ((h ^ byte) * FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
    return h


def bucket(text, buckets=100):
    return fnv1a(text) % buckets
