print("p.q loaded")
V = "qv"
