import shlex
print(shlex.split("echo ok"))
shlex.split("echo 'oops")
