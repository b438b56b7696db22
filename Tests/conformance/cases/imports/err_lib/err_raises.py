print("loading err_raises (attempt)")
import sys
PARTIAL = True
raise ValueError("boom in module body")
