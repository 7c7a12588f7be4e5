"""Django's Redis cache, keeping one Redis client per server instead of one per call.

`django.core.cache.backends.redis.RedisCacheClient.get_client` builds a new
`redis.Redis` object for every cache operation, and building one fills its table of
~170 response callbacks: a logged-in page makes several cache calls (the session,
the content version, a lesson shell), so that was a measurable share of its time.
The client objects share the same connection pools either way.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoClient


class RedisCacheClient(DjangoClient):
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
            client = self._client(connection_pool=self._pools[index])
            self._clients[index] = client
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
