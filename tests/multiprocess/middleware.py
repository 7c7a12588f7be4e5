"""Test-only: which worker answered, so a test can reach every worker of a server."""

import os

WORKER_HEADER = "X-Worker-Pid"


class WorkerPidMiddleware:
    """Sets `X-Worker-Pid` on every response, cached ones included (it is first in
    the middleware list)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response[WORKER_HEADER] = str(os.getpid())
        return response
