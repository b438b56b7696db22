print("rp.helper loaded")
H = "hv"
