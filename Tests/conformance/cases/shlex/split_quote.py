import shlex
tests = ["a b c", "  a   'b c'  d", 'x "y z" w', r'a\ b c', r'"a\"b" c', r"'a\b' c", r'"a\nb"', r'"a\\b"', r'"a\$b"',
 "a '' b", 'a "" b', "a#b c", "a # comment", "echo 'it'\"'\"'s'", "a\\\nb", "x=1 y='2 3'", "", "   ", "é à"]
for t in tests:
    print(repr(t), shlex.split(t))
for t in ["a # c\nd e", "#x\ny", "a#b c"]:
    print(repr(t), shlex.split(t, comments=True))
for t in ["'abc", '"abc', "abc\\"]:
    try:
        shlex.split(t)
    except ValueError as e:
        print(type(e).__name__, e)
for s in ["", "abc", "a b", "it's", "a$b", "/usr/bin:x-y_z.@%+=,", "ü", "a\nb"]:
    print(repr(shlex.quote(s)))
print(shlex.join(["ls", "-l", "my file", "it's"]))
print(shlex.split(shlex.join(["a b", "c'd", ""])))
lex = shlex.shlex("a=b, 'c d' \"e\" # rest\nf")
print(list(lex))
lex = shlex.shlex("a=b, 'c d' e", posix=True)
print(list(lex))
lex = shlex.shlex("foo bar baz")
print(lex.get_token(), lex.get_token())
lex.push_token("X")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.lineno)
lex = shlex.shlex("one two\nthree", posix=True)
lex.whitespace_split = True
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno)
