import textwrap
text = "Hello there.  How are you? I am fine! Thanks. The end is near. it is."
print(textwrap.fill(text, 20))
print(textwrap.fill(text, 20, initial_indent="* ", subsequent_indent="    "))
print(textwrap.fill(text, 15, fix_sentence_endings=True))
print(repr(textwrap.fill(text, 12, drop_whitespace=False)))
print(repr(textwrap.fill("a\tb\nc  d", 6, replace_whitespace=False, expand_tabs=False)))
print(textwrap.fill("averyveryverylongword and more", 8, break_long_words=False))
print(textwrap.fill("averyveryverylongword and more", 8))
w = textwrap.TextWrapper(width=16, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap(text))
w.width = 30
print(w.fill(text))
