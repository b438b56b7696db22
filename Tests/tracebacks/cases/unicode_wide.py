label = "日本"; total = None + 1
