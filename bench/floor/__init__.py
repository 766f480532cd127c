"""The floor for `bench/pagebench.py`: a bare Django project (no apps, no middleware, no
database) whose views return "ok" and a small template. Served by the site's own gunicorn
settings, it shows what a request costs before the site adds anything."""
