import shlex
print(list(shlex.shlex("a && b || c; (d)", punctuation_chars=True)))
print(list(shlex.shlex("ls|grep x>out", posix=True, punctuation_chars=True)))
print(shlex.split("a 'b c' d", posix=False))
