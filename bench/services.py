"""Servers the benchmark and the multi-process tests start for themselves: a private
Redis and the site under gunicorn, each on a free port on 127.0.0.1, stopped on the
way out whatever happened.

`make bench` (bench/run.py, which imports this file as `services`) and
`tests/multiprocess/` (as `bench.services`) share them.
"""

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")


class ServiceError(RuntimeError):
    """A server did not start or answer in time."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 60, process=None) -> None:
    """Wait until `url` answers 200; give up after `seconds`, or at once when
    `process` (the server's) has exited."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if process is not None and process.poll() is not None:
            raise ServiceError(f"the server for {url} exited ({process.returncode})")
        if time.monotonic() > deadline:
            raise ServiceError(f"{url} did not answer in {seconds:.0f} s")
        time.sleep(0.3)


class Redis:
    """A private Redis on a free port, without persistence, as an unprivileged user."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_port()
        self.process = None

    def __enter__(self):
        self.start()
        return self

    def start(self) -> None:
        """Start it (again, after `kill`, on the same port)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        command = [
            shutil.which("redis-server") or "redis-server",
            "--bind",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(self.folder),
            "--daemonize",
            "no",
            "--loglevel",
            "warning",
        ]
        user = None
        if os.geteuid() == 0:  # never run a server as root
            shutil.chown(self.folder, "nobody")
            user = "nobody"
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, user=user, group=user and "nogroup"
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), 1) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                raise ServiceError("Redis did not start")
            time.sleep(0.2)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def kill(self) -> None:
        """Gone at once, as when its machine fails (SIGKILL)."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)

    def __exit__(self, *exc):
        self.stop()


class Gunicorn:
    """The site served by gunicorn with `workers` sync workers and the settings in
    `env`, as `make run` serves it; its output goes to `log` when given, and
    `options` are more of gunicorn's command-line options."""

    def __init__(self, env: dict, workers: int, log: Path | None = None, options=()):
        self.env = env
        self.workers = workers
        self.log = log
        self.options = list(options)
        self.port = free_port()
        self.process = None

    def __enter__(self):
        output = None
        if self.log is not None:
            output = self.log.open("ab")
        try:
            self.process = subprocess.Popen(
                [
                    GUNICORN,
                    "civiced.wsgi",
                    "--bind",
                    f"127.0.0.1:{self.port}",
                    "--workers",
                    str(self.workers),
                    "--log-level",
                    "warning",
                    *self.options,
                ],
                cwd=ROOT,
                env=self.env,
                stdout=output,
                stderr=output and subprocess.STDOUT,
            )
        finally:
            if output is not None:
                output.close()
        try:
            wait_for(f"{self.base}/healthz", 120, self.process)
        except BaseException:
            self.stop()
            raise
        return self

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)

    def __exit__(self, *exc):
        self.stop()
