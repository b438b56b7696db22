print("loading il_pkg")
