def stub():
    pass
def stub2():
    ...
class Empty:
    pass
for _ in range(2):
    pass
print(stub(), stub2(), Empty.__name__)
if True:
    pass
else:
    print("no")
print("done")
