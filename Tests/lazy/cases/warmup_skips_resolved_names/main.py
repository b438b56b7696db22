import a
import b
import c
print(b.V)
print("main body end")
