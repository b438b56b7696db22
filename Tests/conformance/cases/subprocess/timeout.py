import subprocess
import time

start = time.monotonic()
try:
    subprocess.run(["sh", "-c", "echo early; sleep 5"], capture_output=True, timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e, e.timeout, e.output, e.stdout)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)
try:
    subprocess.run(["sh", "-c", "printf abc; sleep 5"], stdout=subprocess.PIPE, text=True, timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e, repr(e.output), repr(e.stderr))
try:
    subprocess.call(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e)
try:
    subprocess.check_output("sleep 5", shell=True, timeout=0.2, text=True)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e, repr(e.output))
print(time.monotonic() - start < 3)
print(subprocess.run(["echo", "quick"], capture_output=True, timeout=5).stdout)
