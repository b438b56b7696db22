import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. Supercalifragilisticexpialidocious words get broken.")
for width in [1, 2, 3, 5, 8, 10, 13, 17, 20, 25, 33, 40, 70, 200]:
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("x"))
print(textwrap.wrap("tabs\there\tand\nnewlines\nand  multiple   spaces", 12))
print(textwrap.wrap("\tindented with tab", 10, tabsize=4))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
