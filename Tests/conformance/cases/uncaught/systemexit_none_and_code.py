print("code 7 via SystemExit")
raise SystemExit(7)
