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
# Restart workers now and then so that a slow leak never grows without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
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
