import keyword
print(keyword.softkwlist)
print([w for w in keyword.softkwlist if keyword.iskeyword(w)])
