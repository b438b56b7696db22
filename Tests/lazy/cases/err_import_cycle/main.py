import ca
print("main mid")
try:
    ca.x
except ImportError as e:
    print(type(e).__name__)
    print(isinstance(e, ImportError))
    print("most likely due to a circular import" in str(e))
print("end")
