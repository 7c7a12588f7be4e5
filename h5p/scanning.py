"""The virus-scanner hook: every uploaded package is shown to a scanner first.

``settings.H5P_SCAN_COMMAND`` names a command (``clamdscan --fdpass -``, read from
the environment and split as a shell would) that gets the package's bytes on its
standard input before anything of the package is validated or written. Exit 0
accepts; any other exit refuses the package with what the scanner printed. A
scanner that cannot be run or does not answer within ``H5P_SCAN_TIMEOUT`` seconds
refuses it too (fail closed), and is logged. Empty (the default): no scan.
"""

import contextlib
import hashlib
import logging
import shlex
import subprocess
from typing import IO

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .validation import PackageRejected, Problem

logger = logging.getLogger(__name__)

MAX_VERDICT = 500  # characters of the scanner's output shown to the uploader
_SCANNED = "_h5p_scanned_sha256"  # set on a file object the scanner passed


def scan_command() -> list[str]:
    command = getattr(settings, "H5P_SCAN_COMMAND", None) or []
    return shlex.split(command) if isinstance(command, str) else list(command)


def scan_package(fileobj: IO[bytes], *, max_size: int) -> None:
    """Run the scanner on the package's bytes, or raise ``PackageRejected``.

    A file larger than ``max_size`` is left to the validator, which refuses it. The
    same bytes are scanned once per file object (the admin checks an upload twice:
    while validating the form and again as it stores it).
    """
    command = scan_command()
    if not command:
        return
    fileobj.seek(0)
    data = fileobj.read(max_size + 1)
    fileobj.seek(0)
    if len(data) > max_size:
        return
    digest = hashlib.sha256(data).hexdigest()
    if getattr(fileobj, _SCANNED, None) == digest:
        return
    timeout = getattr(settings, "H5P_SCAN_TIMEOUT", 120)
    try:
        result = subprocess.run(  # noqa: S603 (the administrator's own command)
            command,
            input=data,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        logger.error("H5P scanner %s did not answer in %s s", command[0], timeout)
        raise PackageRejected([_unscanned()]) from None
    except OSError as error:
        logger.error("H5P scanner %s could not be run: %s", command[0], error)
        raise PackageRejected([_unscanned()]) from None
    if result.returncode != 0:
        verdict = _verdict(result.stdout, result.stderr)
        logger.warning(
            "H5P scanner refused a package (exit %s): %s", result.returncode, verdict
        )
        raise PackageRejected(
            [
                Problem(
                    file="",
                    rule="scan.refused",
                    message=str(
                        _("The virus scanner refused this package: %(verdict)s")
                        % {"verdict": verdict or _("no reason given")}
                    ),
                )
            ]
        )
    # A file object without attributes of its own is scanned again.
    with contextlib.suppress(AttributeError):
        setattr(fileobj, _SCANNED, digest)


def _unscanned() -> Problem:
    return Problem(
        file="",
        rule="scan.failed",
        message=str(
            _(
                "The package could not be checked for viruses, so it was not "
                "accepted. Try again later, or tell the site's administrator."
            )
        ),
    )


def _verdict(stdout: bytes, stderr: bytes) -> str:
    """What the scanner said, on one line, without control characters, cut short."""
    text = (stdout or b"").decode(errors="replace").strip()
    if not text:
        text = (stderr or b"").decode(errors="replace").strip()
    text = " ".join(
        "".join(char for char in line if char.isprintable()).strip()
        for line in text.splitlines()
    ).strip()
    return text if len(text) <= MAX_VERDICT else text[: MAX_VERDICT - 1] + "…"
