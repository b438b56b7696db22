import textwrap
text = "Hello  world!  This is a fairly long sentence that will need shortening."
for width in [6, 10, 12, 15, 20, 30, 50, 80]:
    print(width, repr(textwrap.shorten(text, width)))
print(repr(textwrap.shorten(text, 25, placeholder="...")))
print(repr(textwrap.shorten("   spaced    out   text   ", 12)))
try:
    textwrap.shorten(text, 5)
except ValueError as e:
    print("ValueError:", e)
for n in [1, 2, 3, 4]:
    print(n, textwrap.wrap(text, 20, max_lines=n))
print(textwrap.wrap(text, 18, max_lines=2, placeholder=" ~"))
print(textwrap.fill(text, 20, max_lines=3, initial_indent="- ", subsequent_indent="  "))
