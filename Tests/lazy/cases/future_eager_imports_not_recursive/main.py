import optout
print("main before")
print(optout.child.g())
