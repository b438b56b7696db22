import alpha
import beta
print("main body done")
print(alpha.VALUE)
