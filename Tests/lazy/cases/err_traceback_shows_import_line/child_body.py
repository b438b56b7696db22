import bad_body
print("child mid")
bad_body.foo
