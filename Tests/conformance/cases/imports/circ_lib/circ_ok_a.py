print("loading circ_ok_a")
import circ_ok_b
A = 'a'
def use_b():
    return circ_ok_b.B
print("circ_ok_a done")
