print("loading di_pkg.mod", __name__, __package__)
THING = 'mod thing'
