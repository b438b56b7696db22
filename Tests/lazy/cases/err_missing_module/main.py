import traceback
import does_not_exist_xyz
print("main mid")
try:
    does_not_exist_xyz.foo
except ImportError as e:
    print(type(e).__name__)
    s = "".join(traceback.format_exception(e))
    print('main.py", line 2' in s)
print("end")
