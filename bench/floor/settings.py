"""Settings of the floor project: as little as Django needs to answer a request."""

SECRET_KEY = "floor-only-serves-benchmarks"  # noqa: S105 - no secret: nothing is signed
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "floor.urls"
WSGI_APPLICATION = "floor.wsgi.application"
INSTALLED_APPS = []
MIDDLEWARE = []
DATABASES = {}
USE_I18N = False
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [__import__("pathlib").Path(__file__).resolve().parent / "templates"],
        "OPTIONS": {"loaders": ["django.template.loaders.filesystem.Loader"]},
    }
]
