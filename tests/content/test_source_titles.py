"""Issue 22's language pass reaches the sources too: a lesson's source titles name
the app "у застосунку «Київ Цифровий»", never as a declined name in quotes."""

import re

from courses import content_format as fmt

DECLINED = re.compile(r"«Київ Цифров(ому|ого|им)»")


def test_source_titles_name_the_app_in_the_nominative():
    wrong = []
    for path in sorted((fmt.CONTENT_DIR / "modules").rglob("*.md")):
        front, _ = fmt.read_lesson(path)
        for source in front.get("sources", []):
            if DECLINED.search(source["title"]):
                wrong.append(f"{path.relative_to(fmt.CONTENT_DIR)}: {source['title']}")
    assert wrong == [], "\n".join(wrong)
