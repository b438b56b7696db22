import collections
from collections import deque, Counter, OrderedDict, defaultdict, namedtuple, ChainMap
print(sorted(collections.__all__))
print(issubclass(defaultdict, dict), issubclass(OrderedDict, dict), issubclass(Counter, dict))
print(isinstance(deque(), collections.abc.MutableSequence), isinstance(Counter(), collections.abc.Mapping))
print(isinstance(ChainMap(), collections.abc.MutableMapping), isinstance(OrderedDict().keys(), collections.abc.KeysView))
# word frequency with ties keeping insertion order
text = 'b a c a b d e e'
print(Counter(text.split()).most_common())
# grouping
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(dict(groups))
# LRU cache built from OrderedDict
class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size
    def get_item(self, key):
        value = self[key]
        self.move_to_end(key)
        return value
    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)
lru = LRU(2)
lru.put('a', 1); lru.put('b', 2); lru.get_item('a'); lru.put('c', 3)
print(lru, list(lru))
Card = namedtuple('Card', 'rank suit')
deck = deque(Card(r, s) for s in 'SH' for r in 'AK')
deck.rotate(1)
print(deck[0], list(deck))
cnt = Counter(card.suit for card in deck)
print(cnt, cnt.most_common(1))
