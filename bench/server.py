"""Start gunicorn with production settings on loopback for a benchmark, and stop it."""

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from loadgen import request

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def production_environment(database_url, redis_url, **extra):
    secret = (ROOT / "var" / "secret-key").read_text().strip()
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "ELASTICSEARCH_URL"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secret,
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        LOG_LEVEL="ERROR",
        GUNICORN_ACCESSLOG="",
        # No mail server on a benchmark machine: follower notifications go nowhere.
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        **extra,
    )
    return environment


def manage(environment, *args):
    subprocess.run([str(BIN / "python"), "manage.py", *args], cwd=ROOT, env=environment, check=True)


def floor_environment():
    """The environment of the floor project (bench/floor): the site's settings left out."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="floor.settings", GUNICORN_ACCESSLOG="")
    return environment


@contextlib.contextmanager
def gunicorn(environment, port, workers=2, app="config.wsgi", ready="/gezond/"):
    """gunicorn with the site's settings (site/config/gunicorn.py) serving `app` on
    127.0.0.1:`port` until the block ends; waits for `ready` to answer 200. Refuses a port
    something else already listens on (its answers would be taken for ours)."""
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        raise RuntimeError(f"port {port} is in use already: choose another (--port)")
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "--config",
            "site/config/gunicorn.py",
            "--pythonpath",
            "bench",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            app,
        ],
        cwd=ROOT,
        env=environment,
    )
    try:
        for _ in range(120):
            try:
                if request("127.0.0.1", port, "GET", ready)[0] == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None:
                raise RuntimeError("gunicorn stopped while starting")
            time.sleep(0.5)
        else:
            raise RuntimeError(f"gunicorn did not answer {ready} within a minute")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)
