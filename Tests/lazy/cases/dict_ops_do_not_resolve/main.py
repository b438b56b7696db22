import n1
d = vars(n1)
print("q1" in d, "zz" in d, "q1" not in d)
print([k for k in d if k.startswith("q")])
print(sorted(k for k in d.keys() if k.startswith("q")))
print([k for k in iter(d) if k.startswith("q")][:1])
print([k for k in dir(n1) if k.startswith("q")])
print(len(d) > 4)
c1 = d.copy()
c2 = dict(d)
c3 = d | {"extra": 1}
e = {}
e.update(d)
d["q_assign"] = "replaced"
print(d["q_assign"])
del d["q_del"]
print("q_del" in d)
import q_main_del
del q_main_del
import q_main_assign
q_main_assign = "plain"
print(q_main_assign)
print([k for k in dir() if k.startswith("q_main")])
print("checks done")
print(c1["q1"].NAME)
print(c3["q2"].NAME)
