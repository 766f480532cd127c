"""gunicorn's settings (`gunicorn --config site/config/gunicorn.py config.wsgi`), from the
environment so that the image, compose and `make serve` share them."""

import os
import sys

# site/ is a source folder holding the `config` package (see the README); this file is in it.
# On the path now: gunicorn's own `pythonpath` setting comes too late for --check-config.
SITE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if SITE_DIR not in sys.path:
    sys.path.insert(0, SITE_DIR)

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# Synchronous workers: the views are database-bound and short; two to four per core.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Load the application once in the master, then fork the workers from it: a new worker
# (at start, after a crash, after max_requests) is ready at once instead of spending 2-3 s of
# CPU importing Django, Wagtail and the apps while requests wait. The price: `kill -HUP`
# reloads the settings here but not the code, so a deploy restarts the container.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() not in {"0", "false", "no"}
# Restart a worker now and then so that a slow leak never grows without bound, but seldom
# (at 2,000 a worker restarted every few seconds under load) and not all at once (jitter).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "50000"))
max_requests_jitter = max_requests // 10
# Access and error logs on stdout/stderr, one line a request, for the container's log driver.
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None
errorlog = "-"
access_log_format = (
    '{"time": "%(t)s", "remote": "%(h)s", "method": "%(m)s", "path": "%(U)s", '
    '"status": %(s)s, "bytes": "%(B)s", "ms": %(M)s, '
    '"cache": "%({x-page-cache}o)s"}'
)
# The proxy in front (compose's, or the platform's) sets X-Forwarded-Proto.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Heartbeat files: the image points this at memory (/dev/shm), not its overlay filesystem.
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR") or None


def pre_fork(server, worker):
    """Nothing the master opened while loading the application may be shared by the workers:
    two processes on one database socket (or one Redis socket) mix up each other's answers.
    Django opens them again on first use, in the worker."""
    from django.core.cache import caches
    from django.db import connections

    connections.close_all()
    caches.close_all()


def post_fork(server, worker):
    """Forget, in the new worker, the connections inherited from the master without closing
    them (closing would end the master's copy too); redis-py does the same for its pools."""
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        connection.connection = None
