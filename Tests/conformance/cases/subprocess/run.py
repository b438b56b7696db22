import os
import subprocess
import tempfile

print(subprocess.run(["echo", "hello", "world"], capture_output=True))
print(subprocess.run(["echo", "text"], capture_output=True, text=True))
print(subprocess.run("echo $0; echo err >&2; exit 3", shell=True, capture_output=True, text=True))
print(subprocess.run(["cat"], input=b"bytes in", stdout=subprocess.PIPE))
print(subprocess.run(["cat"], input="text in\r\nline2", capture_output=True, text=True))
print(subprocess.run(["sh", "-c", "echo out; echo err 1>&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
print(subprocess.run(["sh", "-c", "echo out; echo err 1>&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
print(subprocess.run(["true"]))
print(subprocess.run(["sh", "-c", "exit 7"]).returncode)
print(subprocess.run(["cat"], input=b"x" * 300000, capture_output=True).stdout.count(b"x"))
d = os.path.realpath(tempfile.mkdtemp())
r = subprocess.run(["pwd"], cwd=d, capture_output=True, text=True)
print(r.stdout.strip() == d)
os.rmdir(d)
print(subprocess.run(["sh", "-c", "echo $SMOLDER_X-$HOME"], env={"SMOLDER_X": "set", "HOME": "/h"}, capture_output=True).stdout)
os.environ["SMOLDER_Y"] = "inherited"
print(subprocess.run("echo $SMOLDER_Y", shell=True, capture_output=True, text=True).stdout, end="")
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run("echo partial; exit 4", shell=True, check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stderr)
try:
    subprocess.run(["no-such-program-smolder"])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(["true"], cwd="/no/such/dir/smolder")
except FileNotFoundError as e:
    print(type(e).__name__, e)
for bad in [dict(capture_output=True, stdout=subprocess.PIPE), dict(input=b"x", stdin=subprocess.PIPE)]:
    try:
        subprocess.run(["true"], **bad)
    except ValueError as e:
        print("ValueError", e)
print(subprocess.check_output(["echo", "co"]), subprocess.check_output("echo $((6*7))", shell=True, text=True))
print(subprocess.call(["sh", "-c", "exit 2"]), subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 5"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)
print(subprocess.getstatusoutput("echo a; echo b >&2; exit 2"), subprocess.getoutput("echo plain"))
cp = subprocess.CompletedProcess(["x"], 1, "o", None)
print(repr(cp))
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
print(str(subprocess.CalledProcessError(-9, "cmd")), str(subprocess.TimeoutExpired("cmd", 2)))
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
with subprocess.Popen(["sh", "-c", "read x; echo got:$x; exit 1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    out, err = p.communicate(b"line\n")
    print(out, err, p.returncode, p.poll(), p.wait())
p = subprocess.Popen(["echo", "streamed"], stdout=subprocess.PIPE, text=True)
print(repr(p.stdout.read()), p.wait(), p.returncode)
p.stdout.close()
p = subprocess.Popen(["sleep", "5"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e)
p.terminate()
print(p.wait())
