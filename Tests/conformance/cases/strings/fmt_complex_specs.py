# Complex formatting with explicit specs: parentheses only for the default type, sign handling, alignment.
values = [1+2j, -1.5-0.5j, 2j, -2j, -0.0+1j, 0.0-0.0j, 1e20+1e-5j, 3+0j, 1e400j, 1234.5+6789.25j]
specs = [".2", "e", ".2f", "g", "+", " ", ">20", "^20.3f", "*<18", ",.2f", "G", "n", ".0f", "z.1f", "#", "-.3", ".3g", "<10.1e"]
for v in values:
    out = []
    for spec in specs:
        try:
            out.append(("{:" + spec + "}").format(v))
        except ValueError as e:
            out.append("ValueError:" + str(e))
    print("|".join(out))
