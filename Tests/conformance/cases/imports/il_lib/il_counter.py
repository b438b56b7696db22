print("loading il_counter")
try:
    runs += 1
except NameError:
    runs = 1
