import s.one
import s.two
import s.three
print("main mid")
print(s.one.V)
print("end")
