import flaky
print("main mid")
try:
    flaky.V
except ImportError as e:
    print("first use failed:", e)
print(flaky.V)
