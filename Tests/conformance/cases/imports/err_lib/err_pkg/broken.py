print("loading err_pkg.broken")
1 / 0
