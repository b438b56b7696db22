print("raising bare ValueError")
raise ValueError
