# %-formatting: every conversion with flags, width, precision and '*' arguments.
ints = [0, 5, -5, 255, -255, 2**70]
for conv in "diuoxX":
    for flags in ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "# ", "-#"]:
        row = []
        for v in ints:
            row.append(("%" + flags + "8" + conv + "|%" + flags + "." + "4" + conv + "|%" + flags + conv) % (v, v, v))
        print(conv, repr(flags), " ".join(row))
floats = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e22, 1e400, -1e400]
for conv in "eEfFgG":
    for flags in ["", "-", "+", " ", "#", "0", "+0", "#0"]:
        print(conv, repr(flags), " ".join(("%" + flags + "12" + conv + "|%" + flags + ".2" + conv + "|%" + flags + ".0" + conv) % (v, v, v) for v in floats))
print("%*d|%-*d|%.*f|%*.*f|%*s|" % (6, 1, 6, 2, 3, 3.14159, 9, 2, 2.71828, -5, "x"))
print("%s|%5s|%-5s|%.2s|%r|%a|%c%c|%5c|%-3c|%%" % ("str", "ab", "cd", "xyz", "é", "é", 65, "é", "z", 0x1F600))
print("%i %u %d %d %x %o" % (3.99, -3.99, True, 1e20, True, 8), "%f %e %g" % (1, 2**60, 10**30), "%ld %hd %Lf" % (1, 2, 3.0))
