"""A tiny LRU cache used by the services."""


class LRUCache:
    def __init__(self, capacity=128):
        self.capacity = capacity
        self.items = {}
        self.hits = self.misses = 0

    def get(self, key, compute):
        if key in self.items:
            self.hits += 1
            value = self.items.pop(key)
        else:
            self.misses += 1
            value = compute()
            if len(self.items) >= self.capacity:
                self.items.pop(next(iter(self.items)))
        self.items[key] = value
        return value


SHARED = LRUCache(256)
