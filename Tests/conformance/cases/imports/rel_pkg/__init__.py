print("loading rel_pkg")
TOP = 'top of rel_pkg'
