print("bad_star body ran")
lazy from x import *
