"""Real processes for end-to-end tests and benchmarks: ``polku run --webhook`` workers,
nginx in front of them (docs/nginx.conf), and what /proc says about each (CPU, memory).

Used by tests/telegram/test_workers.py and the benchmarks tests/bench/workers.py and
tests/bench/startup.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil
import socket
import sys
import time
from collections.abc import AsyncIterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NGINX = shutil.which("nginx") or next(
    (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None
)
NGINX_SITE = ROOT / "docs" / "nginx.conf"
WEBHOOK_PATH = "/telegram"


def free_port() -> int:
    """A TCP port on the loopback interface that nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def until_listening(port: int, seconds: float = 120.0) -> None:
    """Wait until something accepts connections on ``port``.

    Raises:
        OSError: nothing did within ``seconds``.
    """
    deadline = time.monotonic() + seconds
    while True:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.05)
        else:
            writer.close()
            await writer.wait_closed()
            return


def nginx_config(folder: Path, port: int, workers: list[int]) -> Path:
    """docs/nginx.conf as shipped, but for this machine: plain HTTP on ``port``, these
    workers, and files under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    site = NGINX_SITE.read_text()
    upstream = "\n".join(f"    server 127.0.0.1:{w} max_fails=1 fail_timeout=5s;" for w in workers)
    site, found = re.subn(
        r"(upstream polku_workers \{\n)(?:.*\n)*?(    keepalive)",
        lambda m: f"{m.group(1)}{upstream}\n{m.group(2)}",
        site,
    )
    assert found == 1
    # The sandbox posts plain HTTP to a loopback address: no TLS here.
    site = re.sub(r"    listen 443 ssl;\n    listen \[::\]:443 ssl;\n", "", site)
    site = re.sub(r"    ssl_certificate(_key)? .*;\n", "", site)
    site = site.replace("    server_name ", f"    listen 127.0.0.1:{port};\n    server_name ", 1)
    assert "listen 443" not in site and "ssl_" not in site
    temp = "\n".join(
        f"    {kind}_temp_path {folder / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;\n" if os.geteuid() == 0 else ""
    config = folder / "nginx.conf"
    config.write_text(
        f"{user}daemon off;\nworker_processes 1;\npid {folder / 'nginx.pid'};\n"
        f"error_log {folder / 'error.log'} warn;\nevents {{ worker_connections 256; }}\n"
        f"http {{\n{temp}\n    access_log off;\n{site}\n}}\n"
    )
    return config


@contextlib.asynccontextmanager
async def nginx(
    folder: Path, port: int, workers: list[int]
) -> AsyncIterator[asyncio.subprocess.Process]:
    """nginx listening on ``port`` in front of ``workers`` (which may start later)."""
    if NGINX is None:
        raise RuntimeError("nginx is not installed (apt-get install nginx-light)")
    config = nginx_config(folder, port, workers)
    error_log = str(folder / "error.log")
    check = await asyncio.create_subprocess_exec(
        NGINX, "-t", "-q", "-e", error_log, "-c", str(config), stderr=asyncio.subprocess.PIPE
    )
    _, err = await check.communicate()
    if check.returncode != 0:
        raise RuntimeError(f"nginx refused its configuration: {err.decode()}")
    process = await asyncio.create_subprocess_exec(NGINX, "-e", error_log, "-c", str(config))
    try:
        await until_listening(port)
        yield process
    finally:
        process.terminate()
        await process.wait()


def worker_env(
    *,
    token: str,
    api_base_url: str,
    api_base_file_url: str,
    database_url: str,
    webhook_url: str,
    secret: str,
    port: int,
    extra: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The environment of one ``polku run --webhook`` worker (none of this process's
    POLKU_ and TELEGRAM_ settings leak in)."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("POLKU_", "TELEGRAM_"))},
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_API_BASE_URL": api_base_url,
        "TELEGRAM_API_BASE_FILE_URL": api_base_file_url,
        "POLKU_DATABASE_URL": database_url,
        "POLKU_WEBHOOK_URL": webhook_url,
        "POLKU_WEBHOOK_SECRET": secret,
        "POLKU_WEBHOOK_LISTEN": "127.0.0.1",
        "POLKU_WEBHOOK_PORT": str(port),
        **(extra or {}),
    }


async def start_worker(env: Mapping[str, str], log: Path) -> asyncio.subprocess.Process:
    """``python -m bot run --webhook`` (``polku run --webhook``) from this checkout."""
    with log.open("wb") as stderr:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--webhook",
            env=dict(env), cwd=ROOT, stderr=stderr,
        )  # fmt: skip


async def stop(process: asyncio.subprocess.Process, seconds: float = 15.0) -> None:
    """SIGTERM, then SIGKILL if it has not ended within ``seconds``."""
    if process.returncode is None:
        process.terminate()
    try:
        await asyncio.wait_for(process.wait(), seconds)
    except TimeoutError:
        process.kill()
        await process.wait()


# ---------------------------------------------------------------------------- /proc

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (Linux)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        with contextlib.suppress(OSError):
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo.extend(int(c) for c in children.read().split())
    return found


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of ``pid`` so far (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            # The command name may hold spaces: the fields after it start past the ")".
            fields = stat.read().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds of ``pid`` and its descendants that are alive now."""
    return sum(cpu_seconds(p) for p in descendants(pid))


def memory_mib(pid: int) -> tuple[float, float]:
    """Resident memory of ``pid`` now and its peak so far (VmRSS, VmHWM), in MiB."""
    values = {"VmRSS": 0.0, "VmHWM": 0.0}
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as status:
        for line in status:
            name, _, rest = line.partition(":")
            if name in values:
                values[name] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def pids_named(name: str) -> list[int]:
    """Processes whose command is ``name`` (say, every PostgreSQL backend on this machine)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError), open(f"/proc/{entry}/comm") as comm:
                if comm.read().strip() == name:
                    found.append(int(entry))
    return found
