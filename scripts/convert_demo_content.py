"""One-off: move the starter content out of the Python literals into content/.

Writes content/ from courses/demo_content.py and quizzes/demo_content.py, reads it back
with courses.content_format and stops unless every field came back identical, so the
text is moved, not retyped. Run from the repository root:
    .venv/bin/python scripts/convert_demo_content.py
"""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from courses import content_format as fmt  # noqa: E402


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lesson_view(lesson):
    return {
        "slug": lesson["slug"],
        "minutes": lesson["minutes"],
        **{
            lang: {
                "title": lesson[lang]["title"],
                "intro": lesson[lang]["intro"],
                "body": [tuple(block) for block in lesson[lang]["body"]],
            }
            for lang in fmt.LANGUAGES
        },
    }


def module_view(module):
    view = {k: v for k, v in module.items() if k not in ("lessons", "order")}
    view["lessons"] = [lesson_view(lesson) for lesson in module["lessons"]]
    return view


def quiz_view(entry):
    return {
        "module": entry["module"],
        "lesson": entry["lesson"],
        "pass_mark": entry.get("pass_mark", 60),
        **{
            lang: {
                "title": entry[lang]["title"],
                "instructions": entry[lang].get("instructions", ""),
                "questions": [tuple(q) for q in entry[lang]["questions"]],
            }
            for lang in fmt.LANGUAGES
        },
    }


def main():
    courses = load(ROOT / "courses" / "demo_content.py")
    quizzes = load(ROOT / "quizzes" / "demo_content.py")
    root = ROOT / "content"
    fmt.write_glossary(root, courses.GLOSSARY)
    order = {}
    for number, module in enumerate(courses.MODULES, start=1):
        fmt.write_module(root, module, number)
        for position, lesson in enumerate(module["lessons"], start=1):
            order[(module["slug"], lesson["slug"])] = position
    for entry in quizzes.QUIZZES:
        fmt.write_quiz(root, entry, order[(entry["module"], entry["lesson"])])

    assert fmt.read_glossary(root) == courses.GLOSSARY, "glossary differs"
    read = fmt.read_modules(root)
    assert [m["slug"] for m in read] == [m["slug"] for m in courses.MODULES]
    for old, new in zip(courses.MODULES, read, strict=True):
        new = {k: v for k, v in new.items() if k in old or k == "lessons"}
        a, b = module_view(old), module_view(new)
        for key in a:
            assert a[key] == b[key], (old["slug"], key)
    read_quizzes = {(q["module"], q["lesson"]): q for q in fmt.read_quizzes(root)}
    assert len(read_quizzes) == len(quizzes.QUIZZES)
    for entry in quizzes.QUIZZES:
        new = read_quizzes[(entry["module"], entry["lesson"])]
        assert quiz_view(entry) == quiz_view(new), (entry["module"], entry["lesson"])
    print("content/ written and read back identical")


if __name__ == "__main__":
    main()
