print("this line is fine")
result = max(1, 2
print(result)
