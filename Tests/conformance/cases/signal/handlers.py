import signal, os, time
print(signal.SIGINT, signal.SIGTERM, signal.NSIG, signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGUSR1))
got = []
def h(sig, frame): got.append(sig)
print(signal.signal(signal.SIGUSR1, h))
print(signal.getsignal(signal.SIGUSR1) is h)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(100000):
    if got: break
print(got)
signal.raise_signal(signal.SIGUSR1)
print(got)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(1000000): pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
def h2(sig, frame): raise RuntimeError("from handler %d" % sig)
signal.signal(signal.SIGINT, h2)
try:
    signal.raise_signal(signal.SIGINT)
except RuntimeError as e:
    print(e)
print(signal.signal(signal.SIGINT, signal.SIG_IGN) is h2)
signal.raise_signal(signal.SIGINT)
print("ignored", signal.getsignal(signal.SIGINT))
signal.signal(signal.SIGINT, signal.default_int_handler)
try: signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt: print("KI again")
for bad in [lambda: signal.signal(signal.SIGKILL, h), lambda: signal.signal(999, h), lambda: signal.signal(2, 5), lambda: signal.getsignal(0)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(signal.strsignal(2), signal.strsignal(15), signal.default_int_handler)
try: signal.default_int_handler(2, None)
except BaseException as e: print(repr(e))
print(len(signal.valid_signals()), 2 in signal.valid_signals())
