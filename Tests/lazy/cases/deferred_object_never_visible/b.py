print("b loaded")
class Thing: pass
thing = Thing()
