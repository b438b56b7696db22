words = ["a", "café", "日本", "naïve", "😀x"]
for w in words:
    print(f"[{w:<8}] [{w:>8}] [{w:^8}] len={len(w)}")
print("|".join(w.center(7, "·") for w in words))
