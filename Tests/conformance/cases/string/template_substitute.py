from string import Template
t = Template("$who likes $what, ${who}s say $$5 for $what.")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(Template("${x}y$x_1 $_ $X").substitute(x=1, x_1=[2], _=None, X=(3, 4)))
print(Template("no placeholders").substitute(), Template("").substitute())
print(Template("$a$b$a").substitute(a="A", b="B"), t.template)
try:
    Template("$who and $missing").substitute(who=1)
except KeyError as e:
    print("KeyError", e)
try:
    Template("${missing}").substitute({})
except KeyError as e:
    print("KeyError", e)
print(Template("$a.$b!").substitute(a=1, b=2), Template("$$$a$$").substitute(a="x"))
print(Template("caf\u00e9 $n\u00e9").substitute(n="N"))
