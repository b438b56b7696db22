count = 5
print("count: " + str(count))
print("count: " + count)
