import h1
import h2
import h3
d = vars(h1)
print("step getitem"); print(d["r_a"].NAME)
print("step get"); print(d.get("r_b").NAME)
print("step pop"); print(d.pop("r_c").NAME)
print("step vars"); print(vars(h1)["r_d"].NAME)
print("step attr"); print(h1.r_e.NAME)
print("step getattr"); print(getattr(h1, "r_f").NAME)
print("step function global"); print(h1.use_global())
print("step values"); print(sorted(m.NAME for m in vars(h2).values() if hasattr(m, "NAME")))
print("step items"); print(sorted(v.NAME for k, v in vars(h3).items() if hasattr(v, "NAME")))
def f():
    from h4 import r_from
    return r_from.NAME
print("step from-import"); print(f())
