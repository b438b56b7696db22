data = {"a": 1}
v = data[
    "b"
]
