"""The frame that plays an H5P activity of a saved module with the network off.

A sandboxed frame without ``allow-same-origin`` has an opaque origin, and Chromium
routes none of its requests (its page, scripts, package files) through our service
worker: offline, the player's frame does not load at all. Offline, the lesson page
opens this page instead: it is ours, at our origin, runs only our script
(js/h5p-offline-host.js), so the service worker serves it and the saved files. It
starts the same player page in a sandboxed frame of its own (``srcdoc``, opaque
origin, as sandboxed as online) whose only inline script is ``BOOT``: it takes
the saved files from this page by postMessage and starts the player with them
(js/h5p-offline-frame.js). The sandboxed frame inherits this page's policy, which
is the player's policy of the online frame.
"""

import base64
import hashlib

# The one inline script of the sandboxed frame, allowed by its hash.
BOOT = (
    "(function(){var p=window.parent;"
    'window.addEventListener("message",function m(e){var d=e.data;'
    'if(e.source!==p||!d||d.civicedOffline!==1||typeof d.resolver!=="string")return;'
    'window.removeEventListener("message",m);window.civicedOffline=d;'
    'var s=document.createElement("script");'
    's.src=URL.createObjectURL(new Blob([d.resolver],{type:"text/javascript"}));'
    "document.head.appendChild(s);});"
    'p.postMessage({civicedOffline:1,kind:"boot"},"*");})();'
)
BOOT_HASH = (
    "sha256-" + base64.b64encode(hashlib.sha256(BOOT.encode()).digest()).decode()
)
