"""Running child processes (`subprocess`), written for Smolder on posix._spawn (posix_spawn with
redirected standard streams) and posix._communicate (feeding and draining pipes together)."""

import os
import posix
import sys
import time

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNAL_NAMES = {1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT",
                 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2",
                 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM"}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised by check_call/check_output/run(check=True) when the process exits non-zero."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAL_NAMES.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when a wait for a child process times out."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, and the captured stdout and stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            parts.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            parts.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(parts))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    def __class_getitem__(cls, item):
        return cls


def _fileno(stream):
    if isinstance(stream, int):
        return stream
    return stream.fileno()


class Popen:
    """A child process, started at once."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None):
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are "
                                  "supplied but different. Pass one or the other.")
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ["/bin/sh", "-c"] + argv
        if executable is not None:
            argv[0] = executable
        argv = [os.fspath(a) for a in argv]
        environment = None
        if env is not None:
            environment = []
            for key, value in env.items():
                key = os.fsdecode(key)
                if "=" in key:
                    raise ValueError("illegal environment variable name")
                environment.append(key + "=" + os.fsdecode(value))
        if cwd is not None:
            cwd = os.fspath(cwd)

        close_in_parent = []
        child_fds = [-1, -1, -1]
        parent_fds = [None, None, None]
        devnull = None

        def target(spec, index):
            nonlocal devnull
            if spec is None:
                return
            if spec == PIPE:
                r, w = os.pipe()
                if index == 0:
                    child_fds[0], parent_fds[0] = r, w
                    close_in_parent.append(r)
                else:
                    child_fds[index], parent_fds[index] = w, r
                    close_in_parent.append(w)
            elif spec == DEVNULL:
                if devnull is None:
                    devnull = os.open(os.devnull, os.O_RDWR)
                    close_in_parent.append(devnull)
                child_fds[index] = devnull
            elif spec == STDOUT:
                if index != 2:
                    raise ValueError("STDOUT can only be used for stderr")
                child_fds[2] = child_fds[1] if child_fds[1] != -1 else 1
            else:
                child_fds[index] = _fileno(spec)

        try:
            target(stdin, 0)
            target(stdout, 1)
            target(stderr, 2)
            self.pid = posix._spawn(argv, environment, cwd, child_fds[0], child_fds[1], child_fds[2])
        except BaseException:
            for fd in parent_fds:
                if fd is not None:
                    os.close(fd)
            for fd in close_in_parent:
                os.close(fd)
            raise
        for fd in close_in_parent:
            os.close(fd)
        self._raw_fds = parent_fds
        if parent_fds[0] is not None:
            self.stdin = self._wrap(parent_fds[0], "wb")
        if parent_fds[1] is not None:
            self.stdout = self._wrap(parent_fds[1], "rb")
        if parent_fds[2] is not None:
            self.stderr = self._wrap(parent_fds[2], "rb")

    def _wrap(self, fd, mode):
        if self.text_mode:
            return open(fd, mode[0], encoding=self.encoding or "utf-8", errors=self.errors or "strict")
        return open(fd, mode)

    def __repr__(self):
        return "<Popen: returncode: {} args: {!r}>".format(self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            self.wait()

    def _decode(self, data):
        if data is None or not self.text_mode:
            return data
        text = data.decode(self.encoding or "utf-8", self.errors or "strict")
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def _take(self, name):
        """A duplicate of the pipe behind stream `name` (the stream itself is then closed)."""
        stream = getattr(self, name)
        if stream is None or stream.closed:
            return -1
        if name == "stdin":
            try:
                stream.flush()
            except BrokenPipeError:
                pass
        fd = os.dup(stream.fileno())
        try:
            stream.close()
        except BrokenPipeError:
            pass
        return fd

    def communicate(self, input=None, timeout=None):
        """Sends `input`, reads stdout and stderr to the end, waits; returns (stdout, stderr)."""
        if input is not None and self.text_mode:
            if not isinstance(input, str):
                raise TypeError("expected str, got %s" % type(input).__name__)
            input = input.encode(self.encoding or "utf-8", self.errors or "strict")
        if input is not None and self.stdin is None:
            raise ValueError("Cannot send input after starting communication")
        in_fd = self._take("stdin")
        out_fd = self._take("stdout")
        err_fd = self._take("stderr")
        start = time.monotonic()
        out, err, timed_out = posix._communicate(in_fd, input, out_fd, err_fd, timeout)
        if timed_out:
            # As CPython: what was read so far, undecoded, or None when nothing was.
            raise TimeoutExpired(self.args, timeout, out or None, err or None)
        if timeout is not None:
            timeout = max(0.0, timeout - (time.monotonic() - start))
        try:
            self.wait(timeout)
        except TimeoutExpired as e:
            e.output, e.stderr = self._decode(out), self._decode(err)
            raise
        return self._decode(out), self._decode(err)

    def poll(self):
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            pid, status = os.waitpid(self.pid, 0)
            self.returncode = os.waitstatus_to_exitcode(status)
            return self.returncode
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            time.sleep(min(delay, remaining))
            delay = min(delay * 2, 0.05)
        return self.returncode

    def send_signal(self, sig):
        if self.returncode is None:
            os.kill(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    def __class_getitem__(cls, item):
        return cls


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it, and returns a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
    if check and retcode:
        raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Runs a command; raises CalledProcessError if it exits non-zero, else returns 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its standard output; raises CalledProcessError on failure."""
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        kwargs["input"] = "" if kwargs.get("universal_newlines") or kwargs.get("text") or \
            kwargs.get("encoding") or kwargs.get("errors") else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit code, output) of a shell command, stderr included and the final newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command (as getstatusoutput() gives it)."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
