print("pkg_dep loaded")
