# Zero padding combined with thousands separators: the padding zeros are grouped too.
for v in [0, 1, 12, 1234, -1234, 1234567, 2**40]:
    print([("{:0" + str(w) + ",}").format(v) for w in range(1, 14)])
    print([("{:0" + str(w) + "_x}").format(v) for w in (1, 5, 6, 9, 10)], ("{:+013_d}").format(v), ("{:=13,}").format(v))
for v in [0.5, -1234.5678, 1e6]:
    print([("{:0" + str(w) + ",.2f}").format(v) for w in (1, 6, 8, 9, 10, 11, 12, 14)], "{:0>12,.1f}".format(v), "{:0<12,.1f}".format(v))
