import subprocess
import sys
for child in ("child_missing.py", "child_body.py"):
    r = subprocess.run([sys.executable, "-L", child], capture_output=True, text=True)
    print(r.stdout, end="")
    print(r.returncode)
    print(child + '", line 3' in r.stderr, child + '", line 1' in r.stderr)
    print(r.stderr.strip().splitlines()[-1])
