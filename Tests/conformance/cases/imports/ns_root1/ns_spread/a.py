print("loading ns_spread.a from root1")
A = 'a'
