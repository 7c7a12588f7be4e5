"""Class lists from Excel: encodings, delimiters, columns, row and file errors,
usernames and one-time passwords. Pure functions: no database."""

import codecs
import string

import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from classes.roster import (
    MAX_BYTES,
    MAX_ROWS,
    Roster,
    RosterError,
    decode,
    generate_password,
    generate_username,
    parse_roster,
)

MISSING_FIRST = "First name is missing."
MISSING_LAST = "Last name is missing."
INVALID_FIRST = "First name may contain only letters, spaces, apostrophes and hyphens."
INVALID_LAST = "Last name may contain only letters, spaces, apostrophes and hyphens."
TOO_LONG_FIRST = "First name is longer than 60 characters."
TOO_LONG_LAST = "Last name is longer than 60 characters."
UNKNOWN_ACCOUNT = (
    "None of your pupils has that username or email. Leave the cell empty to make "
    "a new account, or give the pupil the class's code."
)
SAVE_AS_CSV = "Save the file as CSV (comma or semicolon) first."


@pytest.fixture(autouse=True)
def english():
    """Compare with the English source text, whatever the catalogue holds."""
    with translation.override("en"):
        yield


def names(roster: Roster) -> list[tuple[int, str, str, str]]:
    return [(r.line, r.last_name, r.first_name, r.existing) for r in roster.rows]


def errors_of(text: str, **kwargs) -> tuple[str, ...]:
    """The errors of the only row of a one-row file without a header."""
    (row,) = parse_roster(text.encode(), **kwargs).rows
    return row.errors


def file_error(data: bytes) -> str:
    with pytest.raises(RosterError) as caught:
        parse_roster(data)
    return caught.value.message


# Encodings, delimiters and columns


def test_utf8_with_bom_semicolons_and_a_header():
    data = (
        codecs.BOM_UTF8
        + (
            "Прізвище;Ім’я;Логін\r\nКоваленко;Олена;\r\n\r\n;;\r\nЩербак;Юрій;\r\n"
        ).encode()
    )
    roster = parse_roster(data)
    assert roster.encoding == "utf-8"
    assert roster.delimiter == ";"
    assert names(roster) == [(2, "Коваленко", "Олена", ""), (5, "Щербак", "Юрій", "")]
    assert roster.valid_rows == roster.rows
    assert not roster.has_errors


def test_windows_1251_with_commas_and_english_headers_in_any_order():
    data = "First Name,SURNAME,Email\nЄвген,Зозуля,\nЇжак,Ґудзь,\n".encode("cp1251")
    roster = parse_roster(data)
    assert roster.encoding == "cp1251"
    assert roster.delimiter == ","
    assert names(roster) == [(2, "Зозуля", "Євген", ""), (3, "Ґудзь", "Їжак", "")]


def test_without_a_header_the_surname_comes_first():
    roster = parse_roster("Гнатюк;Ярослава\nКоваленко;Олена\n".encode("cp1251"))
    assert names(roster) == [
        (1, "Гнатюк", "Ярослава", ""),
        (2, "Коваленко", "Олена", ""),
    ]


def test_a_leading_column_of_row_numbers_is_skipped():
    roster = parse_roster("1.;Гнатюк;Ярослава\n2.;Коваленко;Олена\n".encode())
    assert names(roster) == [
        (1, "Гнатюк", "Ярослава", ""),
        (2, "Коваленко", "Олена", ""),
    ]


def test_columns_a_header_does_not_name_are_ignored():
    data = "№;Клас;Прізвище;Ім'я\n1;9-Б;Коваленко;Олена\n".encode()
    assert names(parse_roster(data)) == [(2, "Коваленко", "Олена", "")]


def test_a_full_name_column_is_split_and_the_patronymic_dropped():
    data = "ПІБ;Логін\nКоваленко  Олена Петрівна;\nЩербак Юрій;\n".encode()
    roster = parse_roster(data)
    assert names(roster) == [(2, "Коваленко", "Олена", ""), (3, "Щербак", "Юрій", "")]
    assert "Петрівна" not in repr(roster)


def test_a_single_column_without_a_header_is_full_names():
    roster = parse_roster("Коваленко Олена Петрівна\nЩербак\n".encode("cp1251"))
    assert names(roster) == [(1, "Коваленко", "Олена", ""), (2, "Щербак", "", "")]
    assert roster.rows[1].errors == (MISSING_FIRST,)


def test_cells_are_tidied():
    data = '\u00a0Мар’яна\u00a0 Анна ;  Д`Артаньян-\u200bПетренко ;" olena@x.org "\n'
    (row,) = parse_roster(data.encode(), known_accounts=lambda v: True).rows
    assert (row.last_name, row.first_name) == ("Мар'яна Анна", "Д'Артаньян-Петренко")
    assert row.existing == "olena@x.org"
    assert row.errors == ()


def test_a_quoted_cell_over_two_lines_keeps_line_numbers_right():
    data = 'Прізвище,Ім\'я\n"Коваленко",Олена\n"Щербак\n",Юрій\nГнатюк,Ярослава\n'
    roster = parse_roster(data.encode())
    assert [row.line for row in roster.rows] == [2, 3, 5]
    assert roster.rows[1].last_name == "Щербак"


def test_decode():
    assert decode(codecs.BOM_UTF8 + "Олена".encode()) == ("Олена", "utf-8")
    assert decode("Олена".encode()) == ("Олена", "utf-8")
    assert decode("Олена".encode("cp1251")) == ("Олена", "cp1251")


# Existing accounts


def test_a_known_account_needs_no_names():
    asked = []

    def known(value: str) -> bool:
        asked.append(value)
        return value in {"pupil7b", "olena@example.org"}

    data = "Логін;Прізвище;Ім'я\npupil7b;;\nolena@example.org;Коваленко;Олена\n"
    roster = parse_roster(data.encode(), known_accounts=known)
    assert names(roster) == [
        (2, "", "", "pupil7b"),
        (3, "Коваленко", "Олена", "olena@example.org"),
    ]
    assert not roster.has_errors
    assert asked == ["pupil7b", "olena@example.org"]


def test_an_unknown_account_is_a_row_error():
    data = "Коваленко;Олена;nobody\nЩербак;Юрій;pupil7b\n".encode()
    roster = parse_roster(data, known_accounts=lambda v: v == "pupil7b")
    assert roster.rows[0].errors == (UNKNOWN_ACCOUNT,)
    assert roster.rows[1].errors == ()
    assert roster.valid_rows == (roster.rows[1],)
    assert roster.has_errors


def test_an_unknown_account_does_not_excuse_missing_names():
    assert errors_of(";;nobody") == (MISSING_LAST, MISSING_FIRST, UNKNOWN_ACCOUNT)


def test_known_accounts_is_asked_once_per_value():
    asked = []
    data = "А;Б;x\nВ;Г;x\n".encode()
    parse_roster(data, known_accounts=lambda v: asked.append(v) or False)
    assert asked == ["x"]


# Row errors


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (";Олена", (MISSING_LAST,)),
        ("Коваленко;", (MISSING_FIRST,)),
        ("Коваленко", (MISSING_FIRST,)),  # a one-column file: full names
        ("-;—", (MISSING_LAST, MISSING_FIRST)),  # placeholders for empty cells
        ("Коваленко;" + "а" * 61, (TOO_LONG_FIRST,)),
        ("К" * 61 + ";Олена", (TOO_LONG_LAST,)),
        ("Коваленко2;Олена", (INVALID_LAST,)),
        ("Коваленко;Олена!", (INVALID_FIRST,)),
        ("=SUM(A1);Олена", (INVALID_LAST,)),
        ("К" * 61 + "7;1", (TOO_LONG_LAST, INVALID_LAST, INVALID_FIRST)),
    ],
)
def test_row_errors(line, expected):
    assert errors_of(line) == expected


def test_sixty_characters_apostrophes_and_hyphens_are_fine():
    assert errors_of("К" * 60 + ";Мар'яна-Анна Марія") == ()


def test_rows_with_errors_stay_in_the_preview():
    roster = parse_roster("Коваленко;Олена\nЩербак2;Юрій\n".encode())
    assert len(roster.rows) == 2
    assert [row.line for row in roster.valid_rows] == [1]


def test_the_same_name_twice_marks_both_rows():
    data = "Мар’яна;Олена\nКоваленко;Юрій\nмар'яна;ОЛЕНА\n".encode()
    roster = parse_roster(data)
    duplicate = "This name is in the file more than once (lines 1, 3)."
    assert [row.errors for row in roster.rows] == [(duplicate,), (), (duplicate,)]


def test_the_same_account_twice_marks_both_rows():
    data = ";;Pupil7b\nКоваленко;Олена;\n;;pupil7b\n".encode()
    roster = parse_roster(data, known_accounts=lambda v: True)
    duplicate = "This account is in the file more than once (lines 1, 3)."
    assert [row.errors for row in roster.rows] == [(duplicate,), (), (duplicate,)]


# File errors


@pytest.mark.parametrize(
    "data",
    [b"", b"  \r\n\r\n", b";;;\n ; \n", codecs.BOM_UTF8, "Прізвище;Ім'я\n".encode()],
    ids=["empty", "blank lines", "empty cells", "bom only", "header only"],
)
def test_a_file_without_pupils_is_refused(data):
    assert file_error(data) == "The file has no pupils in it."


def test_a_file_over_the_size_limit_is_refused():
    data = ("Коваленко;Олена\n" * MAX_BYTES).encode()[: MAX_BYTES + 1]
    message = file_error(data)
    assert message.startswith("The file is larger than 512 KB.")


def test_a_file_at_the_size_limit_is_read():
    row = "Коваленко;Олена\n".encode()
    data = row + b"\n" * (MAX_BYTES - len(row))
    assert len(data) == MAX_BYTES
    assert len(parse_roster(data).rows) == 1


def test_more_rows_than_the_limit_are_refused():
    rows = [f"Коваленко;{'Олена' + 'а' * (n % 7)}" for n in range(MAX_ROWS)]
    header = "Прізвище;Ім'я\n"
    assert len(parse_roster((header + "\n".join(rows)).encode()).rows) == MAX_ROWS
    data = "\n".join([*rows, "Щербак;Юрій"]).encode()
    assert file_error(data).startswith(f"The file has more than {MAX_ROWS} pupils.")


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml",
        b"PK\x03\x04" + "Коваленко;Олена".encode(),  # zip even without a NUL
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,  # .xls
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "Коваленко;Олена\r\n".encode("utf-16"),  # Excel's "Unicode text"
        "Коваленко;Олена\n".encode() + b"\x00",
        b"\x89PNG\r\n\x1a\n",
        "Коваленко;Олена\x07\n".encode("cp1251"),
    ],
    ids=["xlsx", "zip", "xls", "pdf", "utf-16", "nul", "png", "control"],
)
def test_files_that_are_not_csv_are_refused(data):
    message = file_error(data)
    assert message.startswith("This is not a CSV file.")
    assert SAVE_AS_CSV in message


@pytest.mark.parametrize(
    "data",
    [
        b"\x98\xce\xeb\xe5\xed\xe0",  # 0x98 is undefined in cp1251
        codecs.BOM_UTF8 + "Олена".encode("cp1251"),  # says UTF-8 but is not
    ],
)
def test_undecodable_files_are_refused(data):
    assert file_error(data).startswith("The file's text encoding could not be")


def test_an_unclosed_quote_swallowing_the_file_is_refused():
    data = ('"Коваленко;Олена\n' + "Щербак;Юрій\n" * 20_000).encode("cp1251")
    assert SAVE_AS_CSV in file_error(data)


def test_roster_error_is_a_value_error_with_a_message():
    with pytest.raises(ValueError, match="no pupils") as caught:
        parse_roster(b"")
    assert isinstance(caught.value.message, str)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_any_bytes_give_a_roster_or_a_roster_error(data):
    try:
        roster = parse_roster(data)
    except RosterError as error:
        assert error.message
    else:
        assert roster.rows


CSV_ALPHABET = "Коваленкоолена ЄєЇїЙйҐґ'’ʼ`-—;,\t\"\r\n\u00a0\u200b\ufeff12Ab@."


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=CSV_ALPHABET, max_size=400),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1251"]),
)
def test_any_spreadsheet_like_text_gives_a_roster_or_a_roster_error(text, encoding):
    data = text.encode(encoding, errors="ignore")
    try:
        roster = parse_roster(data, known_accounts=lambda v: v.startswith("A"))
    except RosterError as error:
        assert error.message
    else:
        assert roster.encoding in {"utf-8", "cp1251"}
        assert roster.delimiter in {";", ",", "\t"}
        lines = [row.line for row in roster.rows]
        assert lines == sorted(set(lines))
        assert all(row.line >= 1 for row in roster.rows)


# Usernames and passwords


def never_taken(username: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("Олена", "Коваленко", "olena.kovalenko"),
        ("Юрій", "Щербак", "yurii.shcherbak"),
        ("Євген", "Зозуля", "yevhen.zozulia"),
        ("Ярослава", "Гнатюк", "yaroslava.hnatiuk"),
        ("Мар'яна", "Згуровська", "mariana.zghurovska"),
        ("Олексій", "Їжакевич", "oleksii.yizhakevych"),
        ("Йосип", "Стрий", "yosyp.stryi"),
        ("Ґалина", "Лук’янець", "galyna.lukianets"),
        ("Анна-Юлія", "Де Вітт", "annayuliia.devitt"),
        ("Zoë", "O'Brien", "zoe.obrien"),
        ("", "Коваленко", "kovalenko"),
        ("李", "", "user"),
    ],
)
def test_usernames_follow_the_official_transliteration(first, last, expected):
    assert generate_username(first, last, never_taken) == expected


def test_a_taken_username_gets_a_number():
    taken: set[str] = set()
    made = []
    for _ in range(3):
        username = generate_username("Олена", "Коваленко", taken.__contains__)
        taken.add(username)
        made.append(username)
    assert made == ["olena.kovalenko", "olena.kovalenko-2", "olena.kovalenko-3"]


def test_usernames_are_at_most_thirty_characters():
    first, last = "Олександра-Анастасія", "Петренко-Васильченко"
    username = generate_username(first, last, never_taken)
    assert username == "oleksandraanastasiia.petrenkov"
    taken = generate_username(first, last, {username}.__contains__)
    assert taken == "oleksandraanastasiia.petrenk-2"
    assert set(taken) <= set(string.ascii_lowercase + string.digits + ".-")


def test_passwords_avoid_ambiguous_characters_and_differ():
    passwords = [generate_password() for _ in range(200)]
    for password in passwords:
        assert not set(password) & set("0O1lI")
        assert set(password) <= set(string.ascii_lowercase + "23456789-")
        assert len(password) >= 10
    assert passwords[0] != passwords[1]
    assert len(set(passwords)) > 190
