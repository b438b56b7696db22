import m1
print(m1.__name__)
print("main body end")
