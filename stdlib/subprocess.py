# stdlib/subprocess.py: the `subprocess` module, frozen into the binary and
# written in Python on top of `_posixsubprocess.fork_exec` (which forks and
# execs, and raises the child's exec error). It reproduces the observable
# behaviour of CPython 3.11's subprocess on POSIX: run/call/check_*, Popen
# with its pipes, waits with timeouts, communicate, and the exceptions with
# their messages.
#
# Every wait ends in a call that releases the GIL and follows PEP 475:
# os.waitpid, time.sleep (between WNOHANG polls when there is a timeout,
# as CPython does), select.poll and os.read; a signal handler that raises
# ends the wait with its exception, one that returns lets it go on.

import errno
import os
import select
import signal
import sys
import time
import _posixsubprocess
import _thread

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_time = time.monotonic
# communicate() writes input in chunks a pipe takes whole once poll() says
# it is writable, so a write never blocks.
_PIPE_BUF = 4096
# How long a wait interrupted by KeyboardInterrupt still gives the child
# (which got the same Ctrl-C) to exit, so it is reaped and not left a zombie.
_SIGINT_WAIT_SECS = 0.25


class SubprocessError(Exception):
    pass


def _get_output(self):
    return self.output


def _set_output(self, value):
    self.output = value


# CalledProcessError and TimeoutExpired call their captured output both
# `output` and `stdout`, as CPython does.
_stdout_alias = property(_get_output, _set_output)


class CalledProcessError(SubprocessError):
    """Raised when run(check=True) or check_call() sees a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (
                    self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    stdout = _stdout_alias


class TimeoutExpired(SubprocessError):
    """Raised when a timeout of wait(), communicate() or run() runs out."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _stdout_alias


class CompletedProcess:
    """What run() returns: the arguments, the status and the captured output."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        fields = ['args={!r}'.format(self.args),
                  'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            fields.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            fields.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(fields))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # Explicitly input=None: the child still gets an empty stdin pipe.
        text = (kwargs.get('universal_newlines') or kwargs.get('text')
                or kwargs.get('encoding') or kwargs.get('errors'))
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None,
        check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # The exception already holds the output read so far.
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _exec_path(env):
    """The directories searched for a bare program name (os.get_exec_path)."""
    if env is None:
        env = os.environ
    path = env.get('PATH')
    if path is None:
        path = os.defpath
    return path.split(os.pathsep)


def _translate_newlines(data, encoding, errors):
    return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")


def _close_quietly(f):
    try:
        f.close()
    except OSError:
        pass


class Popen:
    """One child process, with its pipes."""

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self._waitpid_lock = _thread.allocate_lock()
        self._input = None
        self._communication_started = False
        self._sigint_wait_secs = _SIGINT_WAIT_SECS
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if preexec_fn is not None:
            raise NotImplementedError("subprocess: preexec_fn is not supported by minipy")
        if user is not None or group is not None or extra_groups is not None:
            raise NotImplementedError("subprocess: user, group and extra_groups are not supported by minipy")
        if pass_fds and not close_fds:
            close_fds = True  # CPython also warns (RuntimeWarning)
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')

        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self.text_mode = encoding or errors or text or universal_newlines

        self._devnull = None
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = \
            self._get_handles(stdin, stdout, stderr)
        try:
            self._open_pipes(p2cwrite, c2pread, errread, bufsize)
            self._execute_child(args, executable, close_fds, pass_fds, cwd,
                                env, restore_signals, start_new_session,
                                process_group, umask, shell,
                                p2cread, c2pwrite, errwrite)
        except BaseException:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    _close_quietly(f)
            raise
        finally:
            # The child has its own copies now (or never started): the
            # parent keeps only its ends of the pipes.
            if p2cwrite != -1:
                os.close(p2cread)
            if c2pread != -1:
                os.close(c2pwrite)
            if errread != -1:
                os.close(errwrite)
            if self._devnull is not None:
                os.close(self._devnull)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __repr__(self):
        obj_repr = (f"<{self.__class__.__name__}: "
                    f"returncode: {self.returncode} args: {self.args!r}>")
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                self._grace_after_interrupt(None)
            else:
                self.wait()

    # ---- starting the child ------------------------------------------------

    def _get_devnull(self):
        if self._devnull is None:
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _child_fd(self, spec):
        """The fd the child gets for a DEVNULL, fd or file object [spec]."""
        if spec == DEVNULL:
            return self._get_devnull()
        if isinstance(spec, int):
            return spec
        return spec.fileno()

    def _get_handles(self, stdin, stdout, stderr):
        """(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite); -1 is none."""
        p2cread, p2cwrite = -1, -1
        c2pread, c2pwrite = -1, -1
        errread, errwrite = -1, -1
        if stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
        elif stdin is not None:
            p2cread = self._child_fd(stdin)
        if stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
        elif stdout is not None:
            c2pwrite = self._child_fd(stdout)
        if stderr == PIPE:
            errread, errwrite = os.pipe()
        elif stderr == STDOUT:
            errwrite = c2pwrite if c2pwrite != -1 else sys.__stdout__.fileno()
        elif stderr is not None:
            errwrite = self._child_fd(stderr)
        return p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite

    def _open_pipes(self, p2cwrite, c2pread, errread, bufsize):
        # Text pipes: CPython wraps the binary file in a TextIOWrapper;
        # minipy opens the fd in text mode (bufsize 1: line-buffered).
        text_buffering = 1 if bufsize in (0, 1) else -1
        if p2cwrite != -1:
            if self.text_mode:
                self.stdin = open(p2cwrite, 'w', text_buffering,
                                  encoding=self.encoding, errors=self.errors)
            else:
                self.stdin = open(p2cwrite, 'wb', bufsize)
        for fd, name in ((c2pread, 'stdout'), (errread, 'stderr')):
            if fd == -1:
                continue
            if self.text_mode:
                f = open(fd, 'r', encoding=self.encoding, errors=self.errors)
            else:
                f = open(fd, 'rb', bufsize)
            setattr(self, name, f)

    def _execute_child(self, args, executable, close_fds, pass_fds, cwd, env,
                       restore_signals, start_new_session, process_group,
                       umask, shell, p2cread, c2pwrite, errwrite):
        if isinstance(args, (str, bytes)):
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        if os.path.dirname(executable):
            executable_list = [executable]
        else:
            executable_list = [os.path.join(d, executable) for d in _exec_path(env)]
        # os.environ is a plain dict in minipy: pass it, so that changes a
        # script made to it reach the child as CPython's putenv() makes them.
        env_list = []
        for k, v in (os.environ if env is None else env).items():
            if '=' in k:
                raise ValueError("illegal environment variable name")
            env_list.append(k + '=' + v)
        fds_to_keep = sorted(set(int(fd) for fd in pass_fds))
        self.pid = _posixsubprocess.fork_exec(
            args, executable_list, close_fds, fds_to_keep, cwd, env_list,
            p2cread, c2pwrite, errwrite, restore_signals, start_new_session,
            process_group, umask, executable)

    # ---- waiting -------------------------------------------------------------

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def poll(self):
        if self.returncode is None:
            # Another thread is in a blocking wait: it will set returncode.
            if not self._waitpid_lock.acquire(False):
                return None
            try:
                if self.returncode is not None:
                    return self.returncode
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except OSError as e:
                # Someone else reaped it (SIGCHLD ignored): nothing to report.
                if e.errno == errno.ECHILD:
                    self.returncode = 0
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def _try_wait(self, wait_flags):
        try:
            return os.waitpid(self.pid, wait_flags)
        except ChildProcessError:
            # SIGCHLD ignored, or reaped elsewhere: its status is lost.
            return self.pid, 0

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - _time()

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            # waitpid has no timeout: poll it, sleeping a little longer each
            # time up to 50 ms (CPython's loop).
            endtime = _time() + timeout
            delay = 0.0005
            while True:
                if self._waitpid_lock.acquire(False):
                    try:
                        if self.returncode is not None:
                            break
                        pid, sts = self._try_wait(os.WNOHANG)
                        if pid == self.pid:
                            self._handle_exitstatus(sts)
                            break
                    finally:
                        self._waitpid_lock.release()
                remaining = self._remaining_time(endtime)
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, .05)
                time.sleep(delay)
        else:
            while self.returncode is None:
                with self._waitpid_lock:
                    if self.returncode is not None:
                        break
                    pid, sts = self._try_wait(0)
                    if pid == self.pid:
                        self._handle_exitstatus(sts)
        return self.returncode

    def _grace_after_interrupt(self, endtime):
        """After a KeyboardInterrupt: the child got the same Ctrl-C, so give
        it a moment (once per Popen, never past [endtime]) to exit and be
        reaped, without waiting long for one that ignores it."""
        timeout = self._sigint_wait_secs
        if endtime is not None:
            timeout = min(timeout, self._remaining_time(endtime))
        self._sigint_wait_secs = 0
        try:
            self._wait(timeout=timeout)
        except TimeoutExpired:
            pass

    def wait(self, timeout=None):
        endtime = None if timeout is None else _time() + timeout
        try:
            return self._wait(timeout=timeout)
        except KeyboardInterrupt:
            self._grace_after_interrupt(endtime)
            raise

    def send_signal(self, sig):
        # Never signal a pid that was reaped: it may belong to someone else now.
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    # ---- communicate -----------------------------------------------------------

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass  # the child exited without reading it all
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        # One pipe and no timeout: plain blocking calls do it.
        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)

        endtime = None if timeout is None else _time() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        except KeyboardInterrupt:
            self._grace_after_interrupt(endtime)
            raise
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq,
                       skip_check_and_raise=False):
        if endtime is None:
            return
        if skip_check_and_raise or _time() > endtime:
            raise TimeoutExpired(
                self.args, orig_timeout,
                output=b''.join(stdout_seq) if stdout_seq else None,
                stderr=b''.join(stderr_seq) if stderr_seq else None)

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            # What the script wrote itself goes first; no input: EOF at once.
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass

        # The chunks read so far survive a TimeoutExpired, so a second
        # communicate() returns everything (the documented kill-and-retry).
        if not self._communication_started:
            self._stdout_chunks = [] if self.stdout else None
            self._stderr_chunks = [] if self.stderr else None
        stdout = self._stdout_chunks
        stderr = self._stderr_chunks
        if self.stdin and self._input is None:
            self._input_offset = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = input.encode(self.stdin.encoding, self.stdin.errors)

        files = {}  # fd -> (file, its chunk list, or None for stdin)
        poller = select.poll()
        if self.stdin and not self.stdin.closed and input:
            files[self.stdin.fileno()] = (self.stdin, None)
            poller.register(self.stdin.fileno(), select.POLLOUT)
        for f, chunks in ((self.stdout, stdout), (self.stderr, stderr)):
            if f and not f.closed:
                files[f.fileno()] = (f, chunks)
                poller.register(f.fileno(), select.POLLIN)

        while files:
            timeout = self._remaining_time(endtime)
            if timeout is not None and timeout < 0:
                self._check_timeout(endtime, orig_timeout, stdout, stderr,
                                    skip_check_and_raise=True)
            ready = poller.poll(None if timeout is None else timeout * 1000)
            self._check_timeout(endtime, orig_timeout, stdout, stderr)
            for fd, events in ready:
                f, chunks = files[fd]
                if chunks is None:
                    chunk = self._input[self._input_offset:
                                        self._input_offset + _PIPE_BUF]
                    try:
                        self._input_offset += os.write(fd, chunk)
                    except BrokenPipeError:
                        done = True
                    else:
                        done = self._input_offset >= len(self._input)
                else:
                    data = os.read(fd, 32768)
                    done = not data
                    chunks.append(data)
                if done:
                    poller.unregister(fd)
                    del files[fd]
                    f.close()

        self.wait(timeout=self._remaining_time(endtime))
        if stdout is not None:
            stdout = b''.join(stdout)
        if stderr is not None:
            stderr = b''.join(stderr)
        if self.text_mode:
            if stdout is not None:
                stdout = _translate_newlines(stdout, self.stdout.encoding,
                                             self.stdout.errors)
            if stderr is not None:
                stderr = _translate_newlines(stderr, self.stderr.encoding,
                                             self.stderr.errors)
        return (stdout, stderr)
