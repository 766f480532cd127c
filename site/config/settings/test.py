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
