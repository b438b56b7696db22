print("loading pk_pkg.sub.other")
