import keyword

def classify(name):
    if keyword.iskeyword(name):
        return "keyword"
    if keyword.issoftkeyword(name):
        return "soft"
    if name.isidentifier():
        return "identifier"
    return "invalid"

for n in ["class", "klass", "match", "2x", "x2", "def", "case_", "pass", "_", "__init__"]:
    print(n, classify(n))
