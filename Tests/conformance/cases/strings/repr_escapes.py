for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "bell\a\x00", "\\back", "é日😀", "\x7f\x80\x9f\xa0", "\u200b\ufeff", "ok"]:
    print(repr(s))
print(ascii("é日😀\n"), ascii("plain"))
print(str("x"), repr(repr("x")))
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b2", "\U0001F600", "\x41", "\101")
