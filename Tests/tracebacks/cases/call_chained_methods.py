s = "a,b"
n = s.split(",").index("c")
