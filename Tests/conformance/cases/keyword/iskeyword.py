import keyword
for w in ["if", "If", "IF", "None", "none", "True", "async", "await", "match", "case", "_", "print",
          "self", "lambda", "nonlocal", "", "for ", "yield", "type", "exec"]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
