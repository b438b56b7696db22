print("loading circ_ok_b")
import circ_ok_a
print("circ_ok_b sees partial a:", hasattr(circ_ok_a, 'A'))
try:
    circ_ok_a.A
except AttributeError as e:
    print("AttributeError:", e)
B = 'b'
print("circ_ok_b done")
