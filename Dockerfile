# syntax=docker/dockerfile:1
# The site's image: gunicorn with production settings; static files collected at build time.
#   docker build -t leercommunity .        (compose.yaml builds it for web, worker, scheduler)
# No secret is baked in: SECRET_KEY, DATABASE_URL, REDIS_URL, ... come from the environment.

# --- build: the locked dependencies in a virtualenv, without the test tools -------------------
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /venv
COPY requirements-production.lock /tmp/requirements.lock
RUN /venv/bin/pip install --no-deps -r /tmp/requirements.lock

# --- runtime ----------------------------------------------------------------------------------
FROM python:3.11-slim-bookworm AS runtime
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    VAR_DIR=/app/var \
    GUNICORN_BIND=0.0.0.0:8000 \
    GUNICORN_WORKER_TMP_DIR=/dev/shm
# WeasyPrint (route reports, certificates) renders PDFs through Pango from Debian.
RUN apt-get update \
    && apt-get install --yes --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app
COPY --from=build /venv /venv
WORKDIR /app
COPY --chown=app:app . .
# collectstatic imports the production settings, which refuse to start without a key: this
# throwaway value lives only in this one build step, not in the image's environment.
RUN SECRET_KEY=collectstatic-at-build-time-only python manage.py collectstatic --no-input \
        --verbosity 0 \
    && mkdir -p /app/var/media \
    && chown -R app:app /app/var
USER app
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/gezond/', timeout=4).status != 200)"]
CMD ["gunicorn", "--config", "site/config/gunicorn.py", "config.wsgi"]
