import does_not_exist_xyz
print("main mid")
does_not_exist_xyz.foo
