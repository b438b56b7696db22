items = {}
items["missing"]
