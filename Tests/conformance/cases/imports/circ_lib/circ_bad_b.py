print("loading circ_bad_b")
from circ_bad_a import A
B = 'b'
