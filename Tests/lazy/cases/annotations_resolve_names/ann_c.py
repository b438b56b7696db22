print("ann_c loaded")
class C: pass
