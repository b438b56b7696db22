print("loading di_pkg.sub", __name__, __package__)
