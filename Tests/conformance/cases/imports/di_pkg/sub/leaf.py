print("loading di_pkg.sub.leaf", __name__, __package__)
LEAF = 'leaf'
