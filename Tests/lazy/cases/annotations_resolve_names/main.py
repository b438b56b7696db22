import ann_t
import ann_u
import ann_c
import ann_z
import other
x: ann_t.T = 1
print("after variable annotation")
z: ann_z.Z
print("after bare annotation")
def f(a: ann_u.U) -> None:
    pass
print("after def")
class C:
    y: ann_c.C = 2
print("after class")
print(__annotations__["x"].__name__, __annotations__["z"].__name__)
print(f.__annotations__["a"].__name__)
print(other.V)
