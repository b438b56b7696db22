words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "Zebra"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(max(words), min(words), max(words, key=len))
print("abc" < "abd" < "abda", "a" * 3 == "aaa")
