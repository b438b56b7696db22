print("loading circ_bad_a")
from circ_bad_b import B
A = 'a'
