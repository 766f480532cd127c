"""`/gezond/`: is this process able to serve? For load balancers and compose health checks."""

import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from search.health import search_engine_status


def _timed(check):
    started = time.perf_counter()
    try:
        detail = check()
    except Exception as error:  # noqa: BLE001 - any failure means "not healthy", by name
        return {"ok": False, "error": f"{type(error).__name__}: {error}"[:300]}
    result = {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 1)}
    if detail:
        result.update(detail)
    return result


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"vendor": connection.vendor}


def _cache():
    # Ask Redis itself: the site's backend answers from local memory while Redis is down
    # (core.cache), which would pass the round trip below.
    if hasattr(cache, "check"):
        cache.check()
    # A key per process: concurrent checks from several workers do not read each other's.
    key = f"health:{id(cache)}"
    cache.set(key, "ok", timeout=30)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache did not return what was stored")
    return {"backend": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]}


# Parts the site serves without: pages uncached and limits per process while the cache is
# down (core.cache). Reported as "degraded" with a 200, so that a load balancer or compose does
# not take every instance out of service because Redis is.
OPTIONAL = {"cache"}


@never_cache
def health(request):
    """200 with the state of each part as JSON ("degraded" when an optional part fails), or
    503 when a part the site cannot serve without fails."""
    checks = {
        "database": _timed(_database),
        "cache": _timed(_cache),
        "search": _timed(search_engine_status),
    }
    failed = {name for name, check in checks.items() if not check["ok"]}
    if not failed:
        status, code = "ok", 200
    elif failed <= OPTIONAL:
        status, code = "degraded", 200
    else:
        status, code = "error", 503
    return JsonResponse({"status": status, "down": sorted(failed), "checks": checks}, status=code)
