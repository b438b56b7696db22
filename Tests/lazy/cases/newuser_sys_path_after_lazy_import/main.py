import sys
import os
import plug_a
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "plugins"))
print("main mid")
print(plug_a.V)
