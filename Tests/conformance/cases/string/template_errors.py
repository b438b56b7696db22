from string import Template
for s in ["abc $ x", "$", "ab\n$1", "ab\n\n$!", "${a", "${}", "${1}", "a$$b$", "${a b}", "\n$",
          "ab\ncd $", "ab\rcd$", "ab\r\n$", "line one\nline two $ three", "$a $9"]:
    try:
        Template(s).substitute(a=1)
    except ValueError as e:
        print(repr(s), "ValueError:", e)
    print(repr(Template(s).safe_substitute()), Template(s).is_valid())
