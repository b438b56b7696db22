s = """line one
    line two
line three"""
print(s)
print(s.count("\n"))
r = r"C:\new\table\x41"
print(r, len(r))
print(r"\n" == "\\n", rb"\x00", len(rb"\x00"))
t = ("implicit "
     "concatenation "
     'of strings')
print(t)
print("a" "b" 'c', f"x{1}" "y")
print("""He said "hi" and 'bye'""")
print('''triple ' single''')
print("back\
slash continuation")
