print("loading star_pkg.subm")
