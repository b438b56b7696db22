print("child_dep loaded")
