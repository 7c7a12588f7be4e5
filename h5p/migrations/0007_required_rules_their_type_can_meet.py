"""Stored required H5P activities whose completion rule their content type can never
meet (a required Accordion counted as done when "completed", which kept every
learner's lesson "in progress") are set to "viewed", the one rule such content
meets, in each lesson's live body and in its latest revision (what the editor opens
next). Only required blocks of types in the table are touched: an optional block
never holds a lesson back, and for an unknown type the editor's choice stands.

A migration rather than a check to run by hand: until it runs, learners cannot
complete those lessons, and the editor refuses such a block on the next save anyway.
Learners who had opened the activity complete the lesson the next time they open it.
"""

import json

from django.db import migrations

# The table as it stood when this migration was written (h5p.content_types): the
# migration must keep doing what it did, whatever the table later says.
NOTHING = {
    "H5P.Accordion",
    "H5P.AdvancedText",
    "H5P.Dialogcards",
    "H5P.ImageHotspots",
    "H5P.Timeline",
    "H5P.ImageSlider",
    "H5P.ImageJuxtaposition",
    "H5P.Collage",
    "H5P.Chart",
    "H5P.Video",
    "H5P.Audio",
}
NO_SCORE = {"H5P.Agamotto", "H5P.Questionnaire"}
SCORED = {
    "H5P.MultiChoice",
    "H5P.TrueFalse",
    "H5P.DragText",
    "H5P.Blanks",
    "H5P.DragQuestion",
    "H5P.MarkTheWords",
    "H5P.Summary",
    "H5P.Essay",
    "H5P.ImageHotspotQuestion",
    "H5P.Dictation",
    "H5P.ImageSequencing",
    "H5P.ImagePair",
    "H5P.SpeakTheWords",
    "H5P.SortParagraphs",
    "H5P.CivicedChoice",
    "H5P.SingleChoiceSet",
    "H5P.QuestionSet",
    "H5P.ArithmeticQuiz",
    "H5P.MemoryGame",
    "H5P.Flashcards",
    "H5P.Crossword",
}
# Containers: what they report without a scored question inside.
CONTAINERS = {
    "H5P.Column": "nothing",
    "H5P.CoursePresentation": "nothing",
    "H5P.InteractiveBook": "nothing",
    "H5P.InteractiveVideo": "no_score",
}
MEETS = {
    "nothing": {"viewed"},
    "no_score": {"completed", "viewed"},
    "score": {"completed", "score", "viewed"},
}


def _reports(main: str, libraries: set[str]) -> str | None:
    if main in NOTHING:
        return "nothing"
    if main in NO_SCORE:
        return "no_score"
    if main in SCORED:
        return "score"
    if main in CONTAINERS:
        return "score" if libraries & SCORED else CONTAINERS[main]
    return None


def _fixed(body: list, meets: dict) -> bool:
    """Set the unmeetable rules in ``body`` (raw stream data) to "viewed"."""
    changed = False
    for block in body:
        if block.get("type") != "h5p" or not isinstance(block.get("value"), dict):
            continue
        value = block["value"]
        allowed = meets.get(value.get("package"))
        rule = value.get("completion_rule") or "completed"
        if value.get("required") and allowed is not None and rule not in allowed:
            value["completion_rule"] = "viewed"
            changed = True
    return changed


def forwards(apps, schema_editor):
    Package = apps.get_model("h5p", "Package")
    LessonPage = apps.get_model("courses", "LessonPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    meets = {}
    for package in Package.objects.prefetch_related("libraries"):
        main = package.main_library.split(" ", 1)[0]
        names = {library.machine_name for library in package.libraries.all()}
        reports = _reports(main, names - {main})
        if reports is not None and reports != "score":
            meets[package.pk] = MEETS[reports]
    if not meets:
        return
    for page in LessonPage.objects.all():
        body = list(page.body.raw_data)
        if _fixed(body, meets):
            LessonPage.objects.filter(pk=page.pk).update(body=body)
        revision = (
            Revision.objects.filter(pk=page.latest_revision_id).first()
            if page.latest_revision_id
            else None
        )
        if revision is None or "body" not in revision.content:
            continue
        stored = revision.content["body"]
        raw = json.loads(stored) if isinstance(stored, str) else stored
        if isinstance(raw, list) and _fixed(raw, meets):
            revision.content["body"] = (
                json.dumps(raw) if isinstance(stored, str) else raw
            )
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("h5p", "0006_library_identity_digests"),
        ("courses", "0009_h5p_rule_follows_the_content_type"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
