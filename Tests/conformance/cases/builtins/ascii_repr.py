print(ascii("plain"), ascii("é"), ascii("日本"), ascii("😀"), ascii(["ñ", 1]), ascii({"k": "ü"}))
print(repr("é"), repr(1.0), repr([1, "a"]), repr(None), repr(repr))
print(ascii(b"\xff"), ascii(5), ascii("\n\t"))
