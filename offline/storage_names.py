"""The name of a learner's offline cache in the browser.

Each learner's saved modules live in their own Cache Storage cache, named from a
keyed hash of their id: the name says nothing about who they are, and a page of one
learner never reads another's cache (the service worker serves only from the cache
of the learner the last page online named).
"""

from django.utils.crypto import salted_hmac

PREFIX = "civiced-offline-"


def cache_name(user) -> str:
    digest = salted_hmac("civiced.offline.cache", str(user.pk)).hexdigest()
    return f"{PREFIX}{digest[:20]}"
