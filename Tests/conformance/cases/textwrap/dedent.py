import textwrap
samples = [
    "  a\n    b\n  c", "\ta\n\tb", "  a\n\tb", "    \n  x\n   \n  y", "x\n  y",
    "  a  \n  \n", "", "\n\n", "  a\r\n  b", " \t a\n \t b\n  c", "   \n   ",
    '''
    def f():
        return 1
    ''',
]
for s in samples:
    print(repr(textwrap.dedent(s)))
