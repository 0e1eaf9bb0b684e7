"""Driving a forking worker (writer.py, output_worker.py): start a child, kill it.

The worker imports HubDesk once and forks a child per ``go`` line, so a kill costs
milliseconds; it answers ``pid N``, ``ready N`` and ``dead N STATUS`` on stdout.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Forker:
    """The forking worker process and its reply pipe."""

    process: subprocess.Popen[str]
    unread: list[list[str]] = field(default_factory=list)

    def ask(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def reply(self, word: str, pid: str | None = None) -> list[str]:
        """The next reply starting with ``word`` (for child ``pid``). Others are kept for
        later: a child may say ``ready`` before its parent has said ``pid``."""
        for parts in self.unread:
            if parts[0] == word and (pid is None or parts[1] == pid):
                self.unread.remove(parts)
                return parts[1:]
        assert self.process.stdout is not None
        while True:
            line = self.process.stdout.readline()
            assert line, f"the worker process ended while waiting for {word!r}"
            parts = line.split()
            if parts[0] == word and (pid is None or parts[1] == pid):
                return parts[1:]
            self.unread.append(parts)

    def start(self, command: str) -> str:
        """Fork a child for ``command``; its pid once it says it is ready."""
        self.ask(f"go {command}")
        (pid,) = self.reply("pid")
        self.reply("ready", pid)
        return pid

    def wait(self, pid: str) -> int:
        self.ask(f"wait {pid}")
        return int(self.reply("dead", pid)[1])

    def run_whole(self, command: str) -> float:
        """Run ``command`` to its end; the seconds it took after saying ready."""
        pid = self.start(command)
        started = time.perf_counter()
        status = self.wait(pid)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, (command, status)
        return time.perf_counter() - started

    def kill_after(self, command: str, delay: float) -> bool:
        """Start ``command``, SIGKILL it ``delay`` seconds after it is ready; True when
        the kill landed (False: it had finished by itself first)."""
        pid = self.start(command)
        time.sleep(delay)
        try:
            os.kill(int(pid), signal.SIGKILL)
        except ProcessLookupError:
            pass
        status = self.wait(pid)
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            return True
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, (command, status)
        return False


@contextmanager
def forker(script: Path, arguments: Sequence[str]) -> Iterator[Forker]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, str(script), *arguments],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        yield Forker(process)
    finally:
        process.kill()
        process.wait()
