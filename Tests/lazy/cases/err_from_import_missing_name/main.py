from good import missing_name
from gp import nosuch
print("main mid")
try:
    missing_name
except ImportError as e:
    print(type(e).__name__)
try:
    print(nosuch)
except ImportError as e:
    print(type(e).__name__)
print("end")
