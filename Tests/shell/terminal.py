"""A pseudo-terminal driver for the shell tests: start smolder on a pty, type, wait for output."""
import fcntl
import os
import pty
import select
import struct
import termios
import time


class Timeout(Exception):
    pass


class Terminal:
    def __init__(self, argv, env, cwd=None):
        pid, fd = pty.fork()
        if pid == 0:
            if cwd:
                os.chdir(cwd)
            try:
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.output = b""
        self.mark = 0
        self.status = None

    def _pump(self, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        ready, _, _ = select.select([self.fd], [], [], min(remaining, 0.2))
        if ready:
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return False
            if not data:
                return False
            self.output += data
        return True

    def expect(self, needle, timeout=15.0):
        """Waits until `needle` appears after the mark; moves the mark past it; returns the text before."""
        needle = needle.encode() if isinstance(needle, str) else needle
        deadline = time.monotonic() + timeout
        while True:
            index = self.output.find(needle, self.mark)
            if index >= 0:
                before = self.output[self.mark:index]
                self.mark = index + len(needle)
                if needle in (b">>> ", b"... "):
                    self.wait_for_editor(deadline)
                return before.decode("utf-8", "replace")
            if not self._pump(deadline) and time.monotonic() >= deadline:
                raise Timeout(f"waiting for {needle!r}; got {self.output[self.mark:][-600:]!r}")
            if self.exited():
                # Read what is left, then one last look.
                while self._pump(time.monotonic() + 0.2):
                    pass
                if self.output.find(needle, self.mark) < 0:
                    raise Timeout(f"process exited while waiting for {needle!r}; got {self.output[self.mark:][-600:]!r}")

    def wait_for_editor(self, deadline):
        """libedit prints the prompt, then switches the terminal out of canonical mode: a key sent in
        between is read by the kernel's line discipline (a Ctrl-D there is lost). The master side
        sees the slave's settings, so wait for the switch."""
        while time.monotonic() < deadline:
            try:
                if not termios.tcgetattr(self.fd)[3] & termios.ICANON:
                    return
            except termios.error:
                return
            if self.exited():
                return
            time.sleep(0.002)

    def send(self, text):
        os.write(self.fd, text.encode() if isinstance(text, str) else text)

    def exited(self):
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
        return self.status is not None

    def wait(self, timeout=15.0):
        deadline = time.monotonic() + timeout
        while not self.exited():
            if time.monotonic() > deadline:
                raise Timeout(f"process did not exit; output ends {self.output[-300:]!r}")
            self._pump(min(deadline, time.monotonic() + 0.1))
        while self._pump(time.monotonic() + 0.1):
            pass
        return os.waitstatus_to_exitcode(self.status)

    def kill(self):
        if not self.exited():
            try:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        try:
            os.close(self.fd)
        except OSError:
            pass
