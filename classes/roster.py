"""Class lists uploaded as CSV: parse, check and preview before any account is made.

Teachers in Ukraine export class lists from Excel, which saves Windows-1251 text with
";" between cells; newer Excel saves UTF-8 with a BOM. `parse_roster` accepts both,
with "," or ";" (or a tab), with or without a header row, and returns every row with
its problems so the teacher can fix the file before anything is written. It is pure:
the caller says which accounts exist through `known_accounts`, and nothing here
touches the database. Whatever the bytes, the only exception it raises is
`RosterError`.

`generate_username` and `generate_password` make the credentials for new pupils.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import secrets
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from civiced.transliteration import transliterate as _transliterate

MAX_BYTES = 512 * 1024
MAX_ROWS = 500
MAX_NAME_LENGTH = 60
MAX_USERNAME_LENGTH = 30

NOT_CSV = _("This is not a CSV file. Save the file as CSV (comma or semicolon) first.")
UNREADABLE = _(
    "The file's text encoding could not be recognised. "
    "Save the file as CSV UTF-8 (comma or semicolon) first."
)
EMPTY = _("The file has no pupils in it.")
TOO_LARGE = _(
    "The file is larger than %(size)s KB. Split the class list into smaller files."
)
TOO_MANY_ROWS = _(
    "The file has more than %(count)s pupils. Split the class list into smaller files."
)
FIRST_NAME_MISSING = _("First name is missing.")
LAST_NAME_MISSING = _("Last name is missing.")
FIRST_NAME_TOO_LONG = _("First name is longer than %(count)s characters.")
LAST_NAME_TOO_LONG = _("Last name is longer than %(count)s characters.")
FIRST_NAME_INVALID = _(
    "First name may contain only letters, spaces, apostrophes and hyphens."
)
LAST_NAME_INVALID = _(
    "Last name may contain only letters, spaces, apostrophes and hyphens."
)
UNKNOWN_ACCOUNT = _(
    "None of your pupils has that username or email. Leave the cell empty to make "
    "a new account, or give the pupil the class's code."
)
DUPLICATE_NAME = _("This name is in the file more than once (lines %(lines)s).")
DUPLICATE_ACCOUNT = _("This account is in the file more than once (lines %(lines)s).")

# Files that are not text at all: zip (xlsx, ods), OLE (xls, doc), PDF, RTF, UTF-16.
_NOT_CSV_SIGNATURES = (
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"%PDF-",
    b"{\\rtf",
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)
_DELIMITERS = (";", ",", "\t")  # ";" first: it is what Excel in Ukraine saves
_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼ`´′", "'"))
_HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011", "-"))
_NAME_PUNCTUATION = " '-"
_ROW_NUMBER = re.compile(r"\d{1,4}\.?")

_FIRST, _LAST, _FULL, _EXISTING = "first", "last", "full", "existing"
# Header cells after `_header_key`: lowercased, punctuation turned into spaces.
_HEADERS = {
    **dict.fromkeys(
        ["ім'я", "імя", "first name", "firstname", "given name", "name"], _FIRST
    ),
    **dict.fromkeys(
        ["прізвище", "last name", "lastname", "surname", "family name"], _LAST
    ),
    **dict.fromkeys(
        [
            "піб",
            "п і б",
            "full name",
            "fullname",
            "прізвище ім'я",
            "прізвище та ім'я",
            "прізвище ім'я по батькові",
            "прізвище ім'я та по батькові",
        ],
        _FULL,
    ),
    **dict.fromkeys(
        [
            "логін",
            "username",
            "user name",
            "login",
            "email",
            "e mail",
            "ел пошта",
            "ел адреса",
            "електронна пошта",
            "електронна адреса",
            "логін або ел пошта",
            "логін або email",
        ],
        _EXISTING,
    ),
}


class RosterError(ValueError):
    """A problem with the whole file; `message` is translated, for the teacher."""

    def __init__(self, message: str) -> None:
        self.message = str(message)
        super().__init__(self.message)


@dataclass(frozen=True)
class RosterRow:
    """One pupil from the file, with the problems that stop it being imported."""

    line: int
    first_name: str
    last_name: str
    existing: str
    errors: tuple[str, ...]
    # Set by the import for a row naming an account already in the class.
    already_in_class: bool = False


@dataclass(frozen=True)
class Roster:
    """The preview of an uploaded class list."""

    rows: tuple[RosterRow, ...]
    encoding: str
    delimiter: str

    @property
    def valid_rows(self) -> tuple[RosterRow, ...]:
        """The rows that can be imported as they are."""
        return tuple(row for row in self.rows if not row.errors)

    @property
    def has_errors(self) -> bool:
        """Whether any row has a problem."""
        return any(row.errors for row in self.rows)


@dataclass(frozen=True)
class _Columns:
    """Which cell holds what; None when the file has no such column."""

    first: int | None = None
    last: int | None = None
    full: int | None = None
    existing: int | None = None


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding: UTF-8 (BOM stripped) if it decodes strictly, else cp1251.

    A file that starts with a UTF-8 BOM but is not valid UTF-8 is refused rather than
    read as cp1251, as are bytes cp1251 does not define.
    """
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        if data.startswith(codecs.BOM_UTF8):
            raise RosterError(UNREADABLE) from None
    try:
        return data.decode("cp1251"), "cp1251"
    except UnicodeDecodeError:
        raise RosterError(UNREADABLE) from None


def parse_roster(
    data: bytes, *, known_accounts: Callable[[str], bool] = lambda v: False
) -> Roster:
    """Read an uploaded class list into a preview, each row with its errors.

    Columns come from a header row when the first row looks like one; otherwise they
    are last name, first name and an optional username or email of an existing
    account, after an optional leading column of row numbers. A file with a single
    column is read as full names, "Коваленко Олена Петрівна", of which the
    patronymic is dropped. `known_accounts(value)` says whether the file may name
    an account with that username or email (the caller's rule: the teacher's own
    pupils); it is called once per distinct value.

    Raises RosterError for a file that cannot be read as a class list at all.
    """
    if len(data) > MAX_BYTES:
        raise RosterError(TOO_LARGE % {"size": MAX_BYTES // 1024})
    if data.startswith(_NOT_CSV_SIGNATURES) or b"\x00" in data:
        raise RosterError(NOT_CSV)
    text, encoding = decode(data)
    # Real class lists have no control characters; binary files do.
    if any(
        unicodedata.category(char) == "Cc" and char not in "\t\r\n" for char in text
    ):
        raise RosterError(NOT_CSV)
    delimiter = max(_DELIMITERS, key=text.count)  # ties keep ";", the first
    records = _read_records(text, delimiter)
    if not records:
        raise RosterError(EMPTY)
    columns = _header_columns(records[0][1])
    if columns is not None:
        records = records[1:]
    else:
        columns = _guess_columns(records)
    if not records:
        raise RosterError(EMPTY)
    if len(records) > MAX_ROWS:
        raise RosterError(TOO_MANY_ROWS % {"count": MAX_ROWS})
    rows = _check_rows(records, columns, known_accounts)
    return Roster(rows=rows, encoding=encoding, delimiter=delimiter)


def _read_records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """Non-empty rows as (first line number, cells), at most one past the limits."""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True
    )
    records: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for cells in reader:
            if any(_clean(cell) for cell in cells):
                records.append((line, cells))
                # One for a header, one to know the limit is passed.
                if len(records) > MAX_ROWS + 1:
                    break
            line = reader.line_num + 1  # a quoted cell may span lines
    except csv.Error:  # e.g. an unclosed quote swallowing the rest of the file
        raise RosterError(NOT_CSV) from None
    return records


def _clean(value: str) -> str:
    """Spreadsheet text tidied: NFC, no invisible characters, single spaces."""
    value = unicodedata.normalize("NFC", value)
    value = "".join(char for char in value if unicodedata.category(char) != "Cf")
    return " ".join(value.split())  # also splits on NBSP and other Unicode spaces


def _clean_name(value: str) -> str:
    """A name with one kind of apostrophe and hyphen; a lone "-" counts as empty."""
    value = _clean(value).translate(_APOSTROPHES).translate(_HYPHENS)
    return value if value.strip(_NAME_PUNCTUATION + "–—") else ""


def _header_key(value: str) -> str:
    cleaned = _clean(value).translate(_APOSTROPHES).casefold()
    return " ".join(re.sub(r"[^\w']|_", " ", cleaned).split())


def _header_columns(cells: list[str]) -> _Columns | None:
    """Columns named by a header row, or None when the row is not a header."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        role = _HEADERS.get(_header_key(cell))
        if role is not None:
            found.setdefault(role, index)
    if not found:
        return None
    has_split_names = _FIRST in found or _LAST in found
    return _Columns(
        first=found.get(_FIRST),
        last=found.get(_LAST),
        full=None if has_split_names else found.get(_FULL),
        existing=found.get(_EXISTING),
    )


def _guess_columns(records: list[tuple[int, list[str]]]) -> _Columns:
    """Columns of a file without a header: [№,] last name, first name[, account]."""
    widths = [_width(cells) for _line, cells in records]
    offset = 0
    if max(widths) > 1 and all(
        _ROW_NUMBER.fullmatch(_clean(cells[0])) for _line, cells in records
    ):
        offset = 1
    if max(widths) - offset <= 1:
        return _Columns(full=offset)
    return _Columns(last=offset, first=offset + 1, existing=offset + 2)


def _width(cells: list[str]) -> int:
    """How many cells the row has, not counting empty ones at the end."""
    width = len(cells)
    while width and not _clean(cells[width - 1]):
        width -= 1
    return width


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def _check_rows(
    records: list[tuple[int, list[str]]],
    columns: _Columns,
    known_accounts: Callable[[str], bool],
) -> tuple[RosterRow, ...]:
    known: dict[str, bool] = {}
    rows: list[RosterRow] = []
    for line, cells in records:
        if columns.full is not None:
            parts = _clean(_cell(cells, columns.full)).split(" ")
            last_name = _clean_name(parts[0])
            first_name = _clean_name(parts[1]) if len(parts) > 1 else ""
        else:
            first_name = _clean_name(_cell(cells, columns.first))
            last_name = _clean_name(_cell(cells, columns.last))
        existing = _clean(_cell(cells, columns.existing))
        errors: list[str] = []
        if existing and existing not in known:
            known[existing] = bool(known_accounts(existing))
        names_optional = bool(existing) and known[existing]
        errors += _name_errors(
            last_name,
            optional=names_optional,
            missing=LAST_NAME_MISSING,
            too_long=LAST_NAME_TOO_LONG,
            invalid=LAST_NAME_INVALID,
        )
        errors += _name_errors(
            first_name,
            optional=names_optional,
            missing=FIRST_NAME_MISSING,
            too_long=FIRST_NAME_TOO_LONG,
            invalid=FIRST_NAME_INVALID,
        )
        if existing and not known[existing]:
            errors.append(str(UNKNOWN_ACCOUNT))
        rows.append(RosterRow(line, first_name, last_name, existing, tuple(errors)))
    return _mark_duplicates(rows)


def _name_errors(
    name: str, *, optional: bool, missing: str, too_long: str, invalid: str
) -> list[str]:
    if not name:
        return [] if optional else [str(missing)]
    errors = []
    if len(name) > MAX_NAME_LENGTH:
        errors.append(too_long % {"count": MAX_NAME_LENGTH})
    if not all(char.isalpha() or char in _NAME_PUNCTUATION for char in name):
        errors.append(str(invalid))
    return errors


def _mark_duplicates(rows: list[RosterRow]) -> tuple[RosterRow, ...]:
    """Give every row that repeats a name or an account an error naming the lines."""
    by_name: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    by_account: defaultdict[str, list[int]] = defaultdict(list)
    for row in rows:
        if row.first_name and row.last_name:
            by_name[(row.last_name.casefold(), row.first_name.casefold())].append(
                row.line
            )
        if row.existing:
            by_account[row.existing.casefold()].append(row.line)
    marked = []
    for row in rows:
        errors = list(row.errors)
        name_lines = by_name.get((row.last_name.casefold(), row.first_name.casefold()))
        if name_lines and len(name_lines) > 1:
            errors.append(DUPLICATE_NAME % {"lines": _lines(name_lines)})
        account_lines = by_account.get(row.existing.casefold())
        if row.existing and account_lines and len(account_lines) > 1:
            errors.append(DUPLICATE_ACCOUNT % {"lines": _lines(account_lines)})
        marked.append(
            RosterRow(
                row.line, row.first_name, row.last_name, row.existing, tuple(errors)
            )
        )
    return tuple(marked)


def _lines(lines: list[int]) -> str:
    return ", ".join(str(line) for line in lines)


def generate_username(
    first_name: str, last_name: str, taken: Callable[[str], bool]
) -> str:
    """A readable, ASCII username from a Ukrainian name, e.g. "Олена Коваленко" ->
    "olena.kovalenko", using the official Ukrainian transliteration (Cabinet of
    Ministers resolution No. 55 of 27 Jan 2010: e.g. Є->Ye at word start / ie inside,
    Ї->Yi/i, Й->Y/i, Ю->Yu/iu, Я->Ya/ia, Х->Kh, Ц->Ts, Ч->Ch, Ш->Sh, Щ->Shch, Ж->Zh,
    Г->H, Ґ->G, И->Y, І->I, soft sign and apostrophe dropped, "зг"->"zgh"), lowercased,
    non [a-z0-9.] removed; if taken(name) add -2, -3, ... ; at most 30 chars.

    A name with nothing left after transliteration becomes "user". When making
    several accounts at once, `taken` must also count the usernames already handed
    out in the batch.
    """
    parts = [
        re.sub(r"[^a-z0-9]", "", _transliterate(part))
        for part in (first_name, last_name)
    ]
    base = ".".join(part for part in parts if part) or "user"
    username = base[:MAX_USERNAME_LENGTH].rstrip(".")
    number = 1
    while taken(username):
        number += 1
        suffix = f"-{number}"
        username = base[: MAX_USERNAME_LENGTH - len(suffix)].rstrip(".") + suffix
    return username


# Short Ukrainian words in Latin letters, without "l" (read as "1" or "I").
_WORDS = (
    "abrykos", "avto", "ananas", "arfa", "banan", "barvinok", "bereza", "bik",
    "borshch", "brat", "bubon", "buriak", "vata", "vedmid", "verba", "viter",
    "vyshnia", "vovk", "voda", "vorona", "vukho", "hai", "hora", "horikh", "hrim",
    "hryb", "hus", "harbuz", "dakh", "derevo", "dim", "dyvo", "dynia", "doshch",
    "druh", "dub", "zhuk", "zhyto", "zaiets", "zamok", "zerno", "zyma", "zirka",
    "zubr", "zoshyt", "inzhyr", "kava", "kazka", "kaktus", "kamin", "kapusta",
    "karta", "kasha", "kashtan", "kvas", "kvitka", "kedr", "kit", "kyt", "knyha",
    "kobza", "koza", "kozak", "komar", "korova", "kora", "kosa", "kosmos", "krab",
    "kran", "krokus", "kruk", "kurka", "kushch", "mak", "med", "meta", "mist",
    "more", "morkva", "moroz", "mriia", "mukha", "miach", "nebo", "nich", "nora",
    "noty", "osa", "osin", "ostriv", "ozero", "papuha", "pasika", "pero", "pesyk",
    "pyrih", "pirat", "pisnia", "potiah", "prapor", "rak", "rama", "rano",
    "raketa", "rika", "roza", "rosa", "ruka", "ryba", "robot", "sad", "sanky",
    "sertse", "syr", "sova", "sik", "sontse", "sosna", "stezhka", "sup", "syn",
    "tato", "teatr", "tyhr", "tin", "torba", "trava", "tsukor", "tuman", "urok",
    "fazan", "farba", "finik", "khata", "khmara", "khvist", "tsvit", "tsyrk",
    "chai", "chas", "chaika", "shapka", "sharf", "shakhy", "shyshka", "shchuka",
    "yahoda", "yakir", "bober", "kapitan", "vyshyvanka", "hitara", "duma", "iskra",
)  # fmt: skip
_DIGITS = "23456789"


def generate_password() -> str:
    """A one-time password a child can type from a printed card: three short words
    and a digit, e.g. "kasha-7-mriia-kit", with no 0/O/1/l/I; about 25 bits from
    `secrets`, enough for a first sign-in that must change it.
    """
    first, second, third = (secrets.choice(_WORDS) for _ in range(3))
    return f"{first}-{secrets.choice(_DIGITS)}-{second}-{third}"


def login_card(*, name: str, username: str, password: str, expires_at) -> dict:
    """What a printed login card shows (kept in the session as text until the
    teacher opens the cards page): the pupil's name, username, one-time password
    and the last day it works, as printed (21.12.2026)."""
    return {
        "name": name,
        "username": username,
        "password": password,
        "expires_on": timezone.localdate(expires_at).strftime("%d.%m.%Y"),
    }
