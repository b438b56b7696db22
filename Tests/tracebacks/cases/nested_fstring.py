data = {}
print(f"value={data['k']!r}")
