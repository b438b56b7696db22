if True:
    import a_if
else:
    pass
for i in range(1):
    import a_for
while True:
    import a_while
    break
match 1:
    case 1:
        import a_match
for j in range(1):
    if j == 0:
        import a_nested
print("main mid")
print(a_if.N, a_for.N, a_while.N, a_match.N, a_nested.N)
