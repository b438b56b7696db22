source = '''
def area(r):
    # circle area
    return 3.14159 * r ** 2

values = [area(x) for x in range(1, 4)]
print("total:", sum(values))
'''
KEYWORDS = {"def", "return", "for", "in", "if", "else", "import"}
tokens = []
i = 0
while i < len(source):
    ch = source[i]
    if ch == "#":
        j = source.index("\n", i)
        tokens.append(("comment", source[i:j]))
        i = j
    elif ch.isspace():
        i += 1
    elif ch.isalpha() or ch == "_":
        j = i
        while j < len(source) and (source[j].isalnum() or source[j] == "_"):
            j += 1
        word = source[i:j]
        tokens.append(("keyword" if word in KEYWORDS else "name", word))
        i = j
    elif ch.isdigit():
        j = i
        while j < len(source) and (source[j].isdigit() or source[j] == "."):
            j += 1
        tokens.append(("number", source[i:j]))
        i = j
    elif ch in "\"'":
        j = source.index(ch, i + 1)
        tokens.append(("string", source[i:j + 1]))
        i = j + 1
    else:
        op = source[i:i + 2] if source[i:i + 2] == "**" else ch
        tokens.append(("op", op))
        i += len(op)
kinds = {}
for kind, text in tokens:
    kinds.setdefault(kind, []).append(text)
for kind in sorted(kinds):
    print(f"{kind:8} {len(kinds[kind]):3} {kinds[kind][:6]}")
print(len(tokens), tokens[-3:])
