a = 1
ok = 0 < a < "z"
