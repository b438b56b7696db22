print("loading il_pkg.part", __name__)
PART = 'part'
