print("loading pk_pkg", __name__, __package__)
PKG_VALUE = 'top'
