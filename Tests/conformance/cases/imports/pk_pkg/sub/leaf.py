print("loading pk_pkg.sub.leaf", __name__, __package__)
LEAF = 'leaf'
