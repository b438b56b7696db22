print("loading star_pkg.unlisted")
