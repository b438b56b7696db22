from string import Template
t = Template("$a ${b} $c $$ ${d}e $")
print(t.safe_substitute(a=1))
print(t.safe_substitute({"b": 2, "c": 3}, d=4))
print(t.get_identifiers(), t.is_valid())
print(Template("$x $y ${x} $z").get_identifiers())
print(Template("${ok} $9").get_identifiers(), Template("${ok} $9").is_valid())
print(Template("plain").get_identifiers(), Template("plain").is_valid())

class Percent(Template):
    delimiter = "%"

p = Percent("%who owes %% %{amount} $x")
print(p.substitute(who="bob", amount=5), p.get_identifiers())
try:
    Percent("%").substitute()
except ValueError as e:
    print("ValueError:", e)

class Multi(Template):
    delimiter = "##"

print(Multi("##a-####-##{b}").substitute(a=1, b=2))
