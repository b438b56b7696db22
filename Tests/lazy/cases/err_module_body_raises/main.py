import bad_body
print("main mid")
try:
    bad_body.x
except ValueError as e:
    print("ValueError", e)
print("end")
