import textwrap
text = "first\n\n  second\n   \nthird\r\nfourth"
print(repr(textwrap.indent(text, "> ")))
print(repr(textwrap.indent(text, "+ ", lambda line: True)))
print(repr(textwrap.indent(text, "# ", lambda line: "t" in line)))
print(repr(textwrap.indent("", "x")), repr(textwrap.indent("\n", "x")), repr(textwrap.indent("a", "")))
print(textwrap.indent(textwrap.dedent("""\
    Hello,
      world
    """), "    "))
print(sorted(textwrap.__all__))
