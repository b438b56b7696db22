print("loading di_pkg", __name__, __package__)
PKG_VALUE = 'top'
