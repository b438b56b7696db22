print("ann_t loaded")
class T: pass
