print("ann_z loaded")
class Z: pass
