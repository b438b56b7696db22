print("loading rel_pkg.sibling")
SIB = 'sibling value'
