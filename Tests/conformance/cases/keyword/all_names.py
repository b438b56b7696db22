import keyword
print(sorted(keyword.__all__))
print(all(keyword.iskeyword(w) for w in keyword.kwlist))
print(all(keyword.issoftkeyword(w) for w in keyword.softkwlist))
print(any(keyword.issoftkeyword(w) for w in keyword.kwlist))
