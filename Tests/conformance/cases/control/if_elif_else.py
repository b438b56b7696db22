def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))
if []:
    print("never")
elif {}:
    print("never2")
else:
    print("else branch")
x = 5
if x > 3: print("one-liner")
