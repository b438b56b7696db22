print("module level")
return 5
