a = 0
b = a or [] [0]
