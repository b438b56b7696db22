import subprocess
import sys
for flags in (["-L"], []):
    r = subprocess.run([sys.executable, "-X", "importtime"] + flags + ["child.py"], capture_output=True, text=True)
    print(r.stdout, end="")
    lines = [l for l in r.stderr.splitlines() if l.startswith("import time:")]
    print(lines[0] if lines else "no header")
    names = [l.split("|")[-1].strip() for l in lines[1:]]
    print("used_mod" in names, "unused_mod" in names)
