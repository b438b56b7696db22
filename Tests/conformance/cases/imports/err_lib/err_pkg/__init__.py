print("loading err_pkg")
