"""Test runs: fast hashing, e-mail kept in memory, files in a throwaway folder."""

import tempfile

from .base import *  # noqa: F403
from .base import os

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="leercommunity-test-media-")
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The page cache would answer other apps' tests with the page from before their change (their
# purges run on commit, which a test's transaction never reaches); serving's tests turn it on.
PAGE_CACHE_ENABLED = False
# The real Redis the shared-cache tests run against (database 5 of the local server).
# Tests run in parallel processes (pytest-xdist): each worker empties its own Redis database.
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0")[2:] or 0)
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", f"redis://127.0.0.1:6379/{5 + 2 * _WORKER}")
# Tasks (e-mail, notifications) run at once, in the test's own process.
TASKS = {
    **TASKS,  # noqa: F405
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
