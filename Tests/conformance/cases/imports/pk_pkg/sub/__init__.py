print("loading pk_pkg.sub", __name__, __package__)
