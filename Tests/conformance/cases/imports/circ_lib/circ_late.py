print("loading circ_late")
X = 1
