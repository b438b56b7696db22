import does_not_exist_xyz
print("child mid")
does_not_exist_xyz.foo
