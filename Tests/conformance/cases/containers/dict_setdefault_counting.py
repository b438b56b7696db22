text = "one two three two three three"
counts = {}
for w in text.split():
    counts[w] = counts.setdefault(w, 0) + 1
print(counts)
index = {}
for i, w in enumerate(text.split()):
    index.setdefault(w, []).append(i)
print(index)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted, max(inverted), inverted[max(inverted)])
