"""The shared cache (Redis) that does not take the site down with it.

Django's Redis backend raises `ConnectionError` from every call while Redis is stopped, and
nearly every page reads the cache (the page-tree version, the menu, the site for the host): an
outage answered 500 on every page, login included. This backend answers from this process's
own memory instead while Redis does not answer, and tries Redis again after `RETRY_SECONDS`:

- pages are served uncached (`core.pagecache` hands out a fresh version for every read while
  the cache is down, and the page cache stays out of the way), so nothing goes stale;
- rate limits and other counters count in this process's memory: a safe local answer, stricter
  per worker than nothing, though the workers no longer add up to one limit;
- `/gezond/` reports the cache as down (`check()` asks Redis itself, never the fallback).

`OPTIONS` takes `RETRY_SECONDS` (default 5) next to redis-py's own connection options; set
`socket_connect_timeout` and `socket_timeout` low, or a Redis that hangs stalls each request.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache as default_cache
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import OutOfMemoryError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# A full Redis that does not evict (the counters', see settings) refuses writes: treated as
# down for a while too, rather than a 500.
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OutOfMemoryError, OSError)
OPERATIONS = (
    "add",
    "get",
    "set",
    "touch",
    "delete",
    "get_many",
    "has_key",
    "incr",
    "set_many",
    "delete_many",
    "clear",
)


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client, keeping one redis-py client per connection pool: Django makes a
    new one for every call, and redis-py builds its table of some 170 response callbacks in
    each (0.3-0.4 ms of CPU, more than the round trip itself on loopback). A redis-py client is
    safe to share between threads, and its pool starts over in a forked process."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(
                    self._servers[index], **self._pool_options
                )
            client = self._clients[index] = self._client(connection_pool=self._pools[index])
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        self.retry_seconds = float(options.pop("RETRY_SECONDS", 5))
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = ReusedClientRedisCacheClient
        self._fallback = LocMemCache(
            f"redis-fallback-{id(self)}",
            {
                "TIMEOUT": params.get("TIMEOUT", 300),
                "KEY_PREFIX": params.get("KEY_PREFIX", ""),
                "OPTIONS": {"MAX_ENTRIES": 20000},
            },
        )
        self._down_until = 0.0
        self._in_outage = False

    @property
    def down(self):
        """True while Redis is taken as unreachable (the last call failed, recently)."""
        return time.monotonic() < self._down_until

    def check(self):
        """Ask Redis itself (for /gezond/); raises what redis-py raises."""
        self._cache.get_client(write=True).ping()

    def _call(self, name, *args, **kwargs):
        if not self.down:
            try:
                result = getattr(super(), name)(*args, **kwargs)
            except UNREACHABLE as error:
                self._mark_down(error)
            else:
                if self._in_outage:
                    self._in_outage = False
                    logger.warning("Redis answers again: the shared cache is back in use")
                return result
        return getattr(self._fallback, name)(*args, **kwargs)

    def _mark_down(self, error):
        # Once per outage and process: every call of every request fails alike meanwhile.
        if not self._in_outage:
            self._in_outage = True
            logger.error(
                "Redis unreachable (%s): serving uncached, counting limits per process",
                type(error).__name__,
            )
        self._down_until = time.monotonic() + self.retry_seconds


def _delegate(name):
    def method(self, *args, **kwargs):
        return self._call(name, *args, **kwargs)

    method.__name__ = name
    return method


for _name in OPERATIONS:
    setattr(ResilientRedisCache, _name, _delegate(_name))


def cache_is_down(cache=None):
    """Whether the shared cache is answering from the local fallback right now."""
    return bool(getattr(cache or default_cache, "down", False))


def counter_cache():
    """Where counters live (rate limits, lockouts): the `counters` cache, a Redis that does
    not evict, when configured; the default cache otherwise (and in tests that set only it)."""
    return caches["counters"] if "counters" in settings.CACHES else caches["default"]
