assert False, "m"
