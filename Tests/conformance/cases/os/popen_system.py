import os

with os.popen("echo one; echo two") as f:
    print(f.readlines())
f = os.popen("echo out; exit 3")
print(repr(f.read()), f.close())
f = os.popen("cat > /dev/null", "w")
f.write("data\n")
print(f.close())
for bad in [lambda: os.popen(["ls"]), lambda: os.popen("ls", "rb")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(os.system("exit 2"), os.waitstatus_to_exitcode(os.system("exit 4")), os.system("true"))
