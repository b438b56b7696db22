print("start")
lazy from x import *
