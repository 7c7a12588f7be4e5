"""The text format of the starter content in ``content/`` (see content/README.md).

Modules, lessons, the glossary and quizzes are plain text a methodologist can review:
TOML for metadata and quizzes (read with the standard library's ``tomllib``), and one
Markdown file per lesson and language with TOML front matter between ``+++`` lines.
This module reads and writes that format and nothing else: turning it into pages is
``courses.demo``'s job, reading pages back is ``courses.export``'s.

Rich text is written as a small Markdown subset (paragraphs, ``**bold**``, ``*italic*``,
``[links](url)``, ``-`` and ``1.`` lists); anything outside it (a block that starts
with ``<``) is kept as the HTML it was, so text always survives a round trip exactly.
"""

from __future__ import annotations

import datetime
import json
import re
import tomllib
import uuid
from pathlib import Path

LANGUAGES = ("uk", "en")
FRONT_MATTER = "+++"
DIRECTIVE = ":::"
# Lesson blocks written as a directive: their fields, and the one (if any) whose text
# follows the fields as Markdown (rich) or plain text.
DIRECTIVES = {
    "image": {"arg": "motif", "fields": ("alt", "caption"), "text": None},
    "glossary": {"arg": "term", "fields": (), "text": None},
    "callout": {"arg": "kind", "fields": ("title",), "text": ("text", "rich")},
    "quote": {"arg": None, "fields": ("source", "source_url"), "text": ("quote", "")},
    "discussion": {"arg": None, "fields": ("prompt", "teacher_note"), "text": None},
}


# Glossary terms are found again by a translation key made from their readable key
# (the namespace is courses.demo's, so existing databases keep their terms).
GLOSSARY_NAMESPACE = uuid.UUID("6f0c2f5e-3c1b-4e7a-9a55-1f1c6c0e2b11")


def glossary_key(key: str) -> uuid.UUID:
    """A term's translation key: a UUID as written, or derived from a readable key."""
    try:
        return uuid.UUID(key)
    except ValueError:
        return uuid.uuid5(GLOSSARY_NAMESPACE, "glossary:" + key)


class ContentError(ValueError):
    """A content file that cannot be read; the message names the file and the field."""


# --- Rich text -------------------------------------------------------------------

RAW = "<!--html-->"  # marks text kept as it was, tags or not
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<!\*)\*([^*]+?)\*(?!\*)")
_LINK = re.compile(r"\[([^\[\]]+)\]\(([^()\s]+)\)")
_ORDERED = re.compile(r"^(\d+)\. ")


def _inline_html(text: str) -> str:
    text = _BOLD.sub(r"<b>\1</b>", text)
    text = _ITALIC.sub(r"<i>\1</i>", text)
    return _LINK.sub(r'<a href="\2">\1</a>', text)


def markdown_to_html(text: str) -> str:
    """Rich-text HTML from the Markdown subset (raw HTML blocks pass unchanged)."""
    html = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.rstrip() for line in block.strip().splitlines()]
        if not lines:
            continue
        if lines[0].startswith(RAW):
            html.append("\n".join(lines)[len(RAW) :])
        elif lines[0].startswith("<"):
            html.append("\n".join(lines))
        elif all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{_inline_html(line[2:])}</li>" for line in lines)
            html.append(f"<ul>{items}</ul>")
        elif all(_ORDERED.match(line) for line in lines):
            items = "".join(
                f"<li>{_inline_html(_ORDERED.sub('', line))}</li>" for line in lines
            )
            html.append(f"<ol>{items}</ol>")
        else:
            html.append(f"<p>{_inline_html(' '.join(lines))}</p>")
    return "".join(html)


_HTML_BLOCK = re.compile(r"<(p|ul|ol)>(.*?)</\1>", re.S)
_HTML_INLINE = (
    (re.compile(r"<b>(.*?)</b>"), r"**\1**"),
    (re.compile(r"<i>(.*?)</i>"), r"*\1*"),
    (re.compile(r'<a href="([^"<>]*)">([^<]*?)</a>'), r"[\2](\1)"),
)


def _inline_markdown(html: str) -> str | None:
    for pattern, replacement in _HTML_INLINE:
        html = pattern.sub(replacement, html)
    return None if "<" in html or "\n" in html else html


def _html_block_to_markdown(tag: str, inner: str) -> str | None:
    if tag == "p":
        return _inline_markdown(inner)
    items = re.findall(r"<li>(.*?)</li>", inner, re.S)
    if "".join(f"<li>{item}</li>" for item in items) != inner or not items:
        return None
    lines = []
    for number, item in enumerate(items, start=1):
        text = _inline_markdown(item)
        if text is None:
            return None
        lines.append(("- " if tag == "ul" else f"{number}. ") + text)
    return "\n".join(lines)


def html_to_markdown(html: str) -> str:
    """The Markdown form of rich text; blocks outside the subset stay HTML."""
    parts, position = [], 0
    for match in _HTML_BLOCK.finditer(html):
        if match.start() != position:
            parts.append(html[position : match.start()])
        converted = _html_block_to_markdown(match.group(1), match.group(2))
        if converted is None or markdown_to_html(converted) != match.group(0):
            converted = match.group(0)
        parts.append(converted)
        position = match.end()
    if position != len(html):
        parts.append(html[position:])
    markdown = "\n\n".join(part for part in parts)
    if markdown_to_html(markdown) != html:
        # Not expressible block by block (text between blocks, blank lines): keep it.
        raw = RAW + html
        if markdown_to_html(raw) == html:
            return raw
        raise ContentError(f"rich text cannot be written as it is: {html[:60]!r}")
    return markdown


# --- TOML ------------------------------------------------------------------------


def _toml_scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, str):
        multiline = "\n" in value and '"""' not in value and "\\" not in value
        if multiline and not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", value):
            return '"""\n' + value + '"""'
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        items = [_toml_scalar(item) for item in value]
        if sum(len(item) for item in items) > 80:
            return "[\n" + "".join(f"  {item},\n" for item in items) + "]"
        return "[" + ", ".join(items) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{_key(k)} = {_toml_scalar(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def _is_table_list(value) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) for item in value)
    )


def dump_toml(data: dict, prefix: str = "") -> str:
    """TOML for plain data (None values are left out: TOML has no null)."""
    lines = []
    scalars = {
        k: v
        for k, v in data.items()
        if v is not None and not isinstance(v, dict) and not _is_table_list(v)
    }
    for key, value in scalars.items():
        lines.append(f"{_key(key)} = {_toml_scalar(value)}")
    for key, value in data.items():
        path = f"{prefix}{_key(key)}"
        if isinstance(value, dict):
            lines.append(f"\n[{path}]")
            lines.append(dump_toml(value, path + ".").strip("\n"))
        elif _is_table_list(value):
            for item in value:
                lines.append(f"\n[[{path}]]")
                lines.append(dump_toml(item, path + ".").strip("\n"))
    return "\n".join(line for line in lines if line != "") + "\n"


def read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{path}: not valid TOML ({error})") from error


# --- Lesson files ----------------------------------------------------------------


def _directive_text(kind: str, value: dict) -> str:
    spec = DIRECTIVES[kind]
    if kind == "glossary":
        value = {"term": value}
    head = f"{DIRECTIVE} {kind}"
    if spec["arg"]:
        head += f" {value[spec['arg']]}"
    lines = [head]
    for field in spec["fields"]:
        if field in value:
            if "\n" in value[field]:
                raise ContentError(f"{kind}.{field}: a line break cannot be written")
            lines.append(f"{field}: {value[field]}".rstrip())
    if spec["text"]:
        field, style = spec["text"]
        text = value[field]
        lines.append("")
        lines.append(html_to_markdown(text) if style == "rich" else text)
    lines.append(DIRECTIVE)
    return "\n".join(lines)


def write_body(blocks: list) -> str:
    """Markdown for lesson blocks ``[(kind, value), …]``."""
    parts, previous = [], None
    for kind, value in blocks:
        if kind == "heading":
            parts.append(f"## {value}")
        elif kind == "paragraph":
            if previous == "paragraph":
                parts.append(f"{DIRECTIVE} break\n{DIRECTIVE}")
            text = html_to_markdown(value)
            if re.search(rf"^(## |{DIRECTIVE})", text, re.M):
                text = RAW + value  # would read back as a heading or a block
            parts.append(text)
        elif kind in DIRECTIVES:
            parts.append(_directive_text(kind, value))
        else:
            raise ContentError(f"unknown lesson block {kind!r}")
        previous = kind
    return "\n\n".join(parts) + "\n"


def _parse_directive(path: Path, head: str, lines: list[str]) -> tuple[str, object]:
    words = head[len(DIRECTIVE) :].split(maxsplit=1)
    kind = words[0] if words else ""
    if kind == "break":
        return "break", None
    spec = DIRECTIVES.get(kind)
    if spec is None:
        raise ContentError(f"{path}: unknown block {DIRECTIVE} {kind!r}")
    value: dict = {}
    if spec["arg"]:
        if len(words) < 2:
            raise ContentError(f"{path}: {DIRECTIVE} {kind} needs its {spec['arg']}")
        value[spec["arg"]] = words[1].strip()
    index = 0
    while index < len(lines) and lines[index].strip():
        field, _sep, text = lines[index].partition(":")
        if field not in spec["fields"]:
            raise ContentError(f"{path}: {DIRECTIVE} {kind} has no field {field!r}")
        value[field] = text.strip()
        index += 1
    if spec["text"]:
        field, style = spec["text"]
        text = "\n".join(lines[index:]).strip()
        value[field] = markdown_to_html(text) if style == "rich" else text
    if kind == "glossary":
        return kind, value["term"]
    return kind, value


def read_body(path: Path, text: str) -> list[tuple[str, object]]:
    blocks: list[tuple[str, object]] = []
    paragraph: list[str] = []

    def flush():
        source = "\n".join(paragraph).strip()
        if source:
            blocks.append(("paragraph", markdown_to_html(source)))
        paragraph.clear()

    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("## "):
            flush()
            blocks.append(("heading", line[3:].strip()))
        elif line.startswith(DIRECTIVE + " "):
            flush()
            end = index + 1
            while end < len(lines) and lines[end].strip() != DIRECTIVE:
                end += 1
            if end == len(lines):
                raise ContentError(f"{path}: {line!r} is never closed with {DIRECTIVE}")
            kind, value = _parse_directive(path, line, lines[index + 1 : end])
            if kind != "break":
                blocks.append((kind, value))
            index = end
        else:
            paragraph.append(line)
        index += 1
    flush()
    return blocks


def write_lesson(front: dict, body: list) -> str:
    return f"{FRONT_MATTER}\n{dump_toml(front)}{FRONT_MATTER}\n\n{write_body(body)}"


def read_lesson(path: Path) -> tuple[dict, list]:
    """(front matter, body blocks) of one lesson file."""
    text = path.read_text(encoding="utf-8")
    head, _sep, rest = text.partition("\n")
    if head.strip() != FRONT_MATTER:
        raise ContentError(f"{path}: must start with a {FRONT_MATTER} line")
    front, sep, body = rest.partition(f"\n{FRONT_MATTER}\n")
    if not sep:
        raise ContentError(f"{path}: front matter is never closed with {FRONT_MATTER}")
    try:
        data = tomllib.loads(front)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(
            f"{path}: front matter is not valid TOML ({error})"
        ) from error
    return data, read_body(path, body)


# --- The content/ folder -----------------------------------------------------------
#
# content/glossary.toml                         the glossary, both languages
# content/modules/<slug>/module.toml            module metadata, both languages
# content/modules/<slug>/<NN>-<lesson>.<lang>.md        one lesson in one language
# content/modules/<slug>/<NN>-<lesson>.quiz.<lang>.toml its knowledge check
# content/modules/<slug>/<NN>-<lesson>.plan.<lang>.toml its 45-minute lesson plan

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"
# Module fields the page loader reads with defaults, so older or newer files load.
MODULE_DEFAULTS = {
    "audiences": [],
    "estimated_hours": "1.0",
    "pd_hours": None,
    "ects_credits": None,
    "prerequisites": [],
}


def read_glossary(root: Path = CONTENT_DIR) -> list[dict]:
    path = root / "glossary.toml"
    if not path.exists():
        return []
    return read_toml(path).get("term", [])


def write_glossary(root: Path, terms: list[dict]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "glossary.toml").write_text(dump_toml({"term": terms}), encoding="utf-8")


def _lesson_files(folder: Path, suffix: str) -> list[Path]:
    return sorted(path for path in folder.glob(f"*{suffix}") if path.is_file())


def read_module(folder: Path) -> dict:
    """One module as the loader's data: metadata, then lessons in order."""
    path = folder / "module.toml"
    meta = read_toml(path)
    module = {**MODULE_DEFAULTS, **meta}
    for language in LANGUAGES:
        text = module.get(language)
        if isinstance(text, dict) and "teacher_guide" in text:
            text["teacher_guide"] = markdown_to_html(text["teacher_guide"])
    lessons: dict[str, dict] = {}
    for language in LANGUAGES:
        for lesson_path in _lesson_files(folder, f".{language}.md"):
            front, body = read_lesson(lesson_path)
            for field in ("slug", "title"):
                if field not in front:
                    raise ContentError(f"{lesson_path}: front matter has no {field!r}")
            lesson = lessons.setdefault(
                front["slug"],
                {"slug": front["slug"], "order": front.get("order", 0), "path": {}},
            )
            lesson["path"][language] = lesson_path
            lesson.setdefault("minutes", front.get("minutes", 5))
            lesson[language] = {
                **{k: v for k, v in front.items() if k not in ("slug", "language")},
                "body": body,
            }
            plan_path = plan_file(lesson_path, language)
            if plan_path.exists():
                lesson["plan_path"] = {
                    **lesson.get("plan_path", {}),
                    language: plan_path,
                }
                lesson[language]["plan"] = {
                    k: v for k, v in read_toml(plan_path).items() if k not in PLAN_IDS
                }
    module["lessons"] = sorted(lessons.values(), key=lambda x: (x["order"], x["slug"]))
    return module


# What a plan file says about itself besides the plan (which lesson it belongs to).
PLAN_IDS = ("module", "lesson", "language")


def plan_file(lesson_path: Path, language: str) -> Path:
    """The lesson plan beside a lesson file (NN-slug.plan.<lang>.toml)."""
    stem = lesson_path.name[: -len(f".{language}.md")]
    return lesson_path.with_name(f"{stem}.plan.{language}.toml")


def _module_order(folder: Path) -> tuple:
    try:
        order = read_toml(folder / "module.toml").get("order", 0)
    except ContentError:
        order = 0  # reported when the module itself is read
    return (order if isinstance(order, int) else 0, folder.name)


def module_folders(root: Path = CONTENT_DIR) -> list[Path]:
    folders = [p for p in (root / "modules").glob("*/module.toml") if p.is_file()]
    return sorted((p.parent for p in folders), key=_module_order)


def read_modules(root: Path = CONTENT_DIR) -> list[dict]:
    return [read_module(folder) for folder in module_folders(root)]


def read_quizzes(root: Path = CONTENT_DIR) -> list[dict]:
    """One entry per lesson quiz: module, lesson, pass_mark and each language."""
    quizzes: dict[tuple[str, str], dict] = {}
    for folder in module_folders(root):
        for language in LANGUAGES:
            for path in _lesson_files(folder, f".quiz.{language}.toml"):
                data = read_toml(path)
                for field in ("module", "lesson", "title", "question"):
                    if field not in data:
                        raise ContentError(f"{path}: has no {field!r}")
                entry = quizzes.setdefault(
                    (data["module"], data["lesson"]),
                    {
                        "module": data["module"],
                        "lesson": data["lesson"],
                        "pass_mark": data.get("pass_mark", 60),
                        "path": {},
                    },
                )
                entry["path"][language] = path
                questions = []
                for number, item in enumerate(data["question"], start=1):
                    if "type" not in item:
                        raise ContentError(f"{path}: question {number} has no 'type'")
                    value = {k: v for k, v in item.items() if k != "type"}
                    if "prompt" in value:
                        value["prompt"] = markdown_to_html(value["prompt"])
                    questions.append((item["type"], value))
                entry[language] = {
                    "title": data["title"],
                    "instructions": data.get("instructions", ""),
                    "questions": questions,
                    **{k: v for k, v in data.items() if k in ("as_of",)},
                }
    return list(quizzes.values())


def lesson_file_stem(order: int, slug: str) -> str:
    return f"{order:02d}-{slug}"


def write_module(root: Path, module: dict, order: int) -> Path:
    """Write one module (the loader's data) and its lessons under root/modules."""
    folder = root / "modules" / module["slug"]
    folder.mkdir(parents=True, exist_ok=True)
    meta = {"order": order}
    meta.update(
        {k: v for k, v in module.items() if k not in ("lessons", "uk", "en", "order")}
    )
    for language in LANGUAGES:
        meta[language] = dict(module[language])
        if "teacher_guide" in meta[language]:
            guide = html_to_markdown(meta[language]["teacher_guide"])
            meta[language]["teacher_guide"] = guide
    (folder / "module.toml").write_text(dump_toml(meta), encoding="utf-8")
    for number, lesson in enumerate(module["lessons"], start=1):
        stem = lesson_file_stem(number, lesson["slug"])
        for language in LANGUAGES:
            text = lesson[language]
            front = {
                "module": module["slug"],
                "slug": lesson["slug"],
                "language": language,
                "order": number,
                "minutes": lesson["minutes"],
            }
            front.update({k: v for k, v in text.items() if k not in ("body", "plan")})
            path = folder / f"{stem}.{language}.md"
            path.write_text(write_lesson(front, text["body"]), encoding="utf-8")
            if text.get("plan"):
                ids = {"module": module["slug"], "lesson": lesson["slug"]}
                plan = {**ids, "language": language, **text["plan"]}
                plan_file(path, language).write_text(dump_toml(plan), encoding="utf-8")
    return folder


def write_quiz(root: Path, entry: dict, order: int) -> None:
    folder = root / "modules" / entry["module"]
    folder.mkdir(parents=True, exist_ok=True)
    stem = lesson_file_stem(order, entry["lesson"])
    for language in LANGUAGES:
        text = entry[language]
        data = {
            "module": entry["module"],
            "lesson": entry["lesson"],
            "language": language,
            "pass_mark": entry.get("pass_mark", 60),
            "title": text["title"],
            "instructions": text.get("instructions", ""),
        }
        questions = []
        for kind, value in text["questions"]:
            item = {"type": kind, **value}
            if "prompt" in item:
                item["prompt"] = html_to_markdown(item["prompt"])
            questions.append(item)
        data["question"] = questions
        path = folder / f"{stem}.quiz.{language}.toml"
        path.write_text(dump_toml(data), encoding="utf-8")
