print("ann_u loaded")
class U: pass
