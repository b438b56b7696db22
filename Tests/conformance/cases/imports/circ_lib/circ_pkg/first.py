print("loading circ_pkg.first")
from . import second
F = 'first'
