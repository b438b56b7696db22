print("loading circ_pkg")
from . import first
print("circ_pkg done", first.F)
