import sys
import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "plugins"))
import plug_a
import plug_b
print("main mid")
print(plug_a.V)
