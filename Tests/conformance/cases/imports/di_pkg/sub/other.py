print("loading di_pkg.sub.other")
