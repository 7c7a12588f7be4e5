"""What each common H5P content type reports, and so which completion rules it can meet.

H5P content reports through xAPI (h5p.xapi), and a type either sends a top-level
statement with a score (``answered`` or ``completed``: a question, a quiz), a
``completed`` statement without a score (a questionnaire, an image comparison once
every image was seen), or nothing that completes (an accordion, a timeline: at most
``progressed`` or ``interacted``). A container (Column, Course Presentation,
Interactive Video, Interactive Book) reports as its contents make it: with a scored
question inside it sends ``completed`` with the total score; without, what ``alone``
says. Checked against each type's source (github.com/h5p/h5p-<type>) and the xAPI
coverage pages on h5p.org; where a type's behaviour differs between versions the table
says the least it always does, because a rule the content cannot meet leaves the
learner's lesson "in progress" for ever, while "viewed" always works.

The H5P activity block (h5p.blocks) takes its default rule from here and refuses a
required block whose rule its type can never meet. Unknown types default to "viewed".
"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext_lazy as _

# The H5P activity block's completion rules (stored in lesson bodies).
COMPLETED = "completed"
SCORE = "score"
VIEWED = "viewed"


class Reports(StrEnum):
    """What a content type sends that can complete an activity."""

    SCORE = "score"  # answered or completed, with a score
    COMPLETION = "completion"  # completed, without a score
    NOTHING = "nothing"  # nothing that completes (progressed, interacted)


# The rules each kind of report can meet: "viewed" needs only the frame to open.
RULES_MET = {
    Reports.SCORE: frozenset({COMPLETED, SCORE, VIEWED}),
    Reports.COMPLETION: frozenset({COMPLETED, VIEWED}),
    Reports.NOTHING: frozenset({VIEWED}),
}
DEFAULT_RULE = {
    Reports.SCORE: COMPLETED,
    Reports.COMPLETION: COMPLETED,
    Reports.NOTHING: VIEWED,
}
REPORTS_TEXT = {
    Reports.SCORE: _("answered or completed, with a score"),
    Reports.COMPLETION: _("completed, without a score"),
    Reports.NOTHING: _("nothing that completes"),
}


@dataclass(frozen=True)
class ContentType:
    """One H5P content type: its main library's machine name and what it reports.

    ``alone`` is set for containers: ``reports`` is what they send holding a scored
    question, ``alone`` what they send holding none.
    """

    machine_name: str
    title: str
    reports: Reports
    alone: Reports | None = None

    def reports_with(self, libraries: Iterable[str] = ()) -> Reports:
        """What this type reports in a package that uses ``libraries``."""
        if self.alone is None:
            return self.reports
        if any(
            (inner := TABLE.get(name)) is not None
            and inner.alone is None
            and inner.reports == Reports.SCORE
            for name in libraries
            if name != self.machine_name
        ):
            return self.reports
        return self.alone


_S, _C, _N = Reports.SCORE, Reports.COMPLETION, Reports.NOTHING

CONTENT_TYPES = [
    # Questions: "answered" with a score when the learner checks.
    ContentType("H5P.MultiChoice", "Multiple Choice", _S),
    ContentType("H5P.TrueFalse", "True/False Question", _S),
    ContentType("H5P.DragText", "Drag the Words", _S),
    ContentType("H5P.Blanks", "Fill in the Blanks", _S),
    ContentType("H5P.DragQuestion", "Drag and Drop", _S),
    ContentType("H5P.MarkTheWords", "Mark the Words", _S),
    ContentType("H5P.Summary", "Summary", _S),
    ContentType("H5P.Essay", "Essay", _S),
    ContentType("H5P.ImageHotspotQuestion", "Find the Hotspot", _S),
    ContentType("H5P.Dictation", "Dictation", _S),
    ContentType("H5P.ImageSequencing", "Image Sequencing", _S),
    ContentType("H5P.ImagePair", "Image Pairing", _S),
    ContentType("H5P.SpeakTheWords", "Speak the Words", _S),
    ContentType("H5P.SortParagraphs", "Sort the Paragraphs", _S),
    ContentType("H5P.CivicedChoice", "civiced: Choice (the demo)", _S),
    # Sets and games: "completed" with the total score at the end.
    ContentType("H5P.SingleChoiceSet", "Single Choice Set", _S),
    ContentType("H5P.QuestionSet", "Quiz (Question Set)", _S),
    ContentType("H5P.ArithmeticQuiz", "Arithmetic Quiz", _S),
    ContentType("H5P.MemoryGame", "Memory Game", _S),
    ContentType("H5P.Flashcards", "Flashcards", _S),
    ContentType("H5P.Crossword", "Crossword", _S),
    # "completed" without a score.
    ContentType("H5P.Agamotto", "Agamotto", _C),
    ContentType("H5P.Questionnaire", "Questionnaire", _C),
    # Containers: what they hold decides.
    ContentType("H5P.Column", "Column", _S, alone=_N),
    ContentType("H5P.CoursePresentation", "Course Presentation", _S, alone=_N),
    ContentType("H5P.InteractiveVideo", "Interactive Video", _S, alone=_C),
    ContentType("H5P.InteractiveBook", "Interactive Book", _S, alone=_N),
    # Nothing that completes.
    ContentType("H5P.Accordion", "Accordion", _N),
    ContentType("H5P.AdvancedText", "Text", _N),
    ContentType("H5P.Dialogcards", "Dialog Cards", _N),
    ContentType("H5P.ImageHotspots", "Image Hotspots", _N),
    ContentType("H5P.Timeline", "Timeline", _N),
    ContentType("H5P.ImageSlider", "Image Slider", _N),
    ContentType("H5P.ImageJuxtaposition", "Before and After Image", _N),
    ContentType("H5P.Collage", "Collage", _N),
    ContentType("H5P.Chart", "Chart", _N),
    ContentType("H5P.Video", "Video", _N),
    ContentType("H5P.Audio", "Audio", _N),
]
TABLE = {entry.machine_name: entry for entry in CONTENT_TYPES}


def machine_name(main_library: str) -> str:
    """The machine name of a package's main library ("H5P.Accordion 1.0")."""
    return main_library.split(" ", 1)[0]


def reports_of(main_library: str, libraries: Iterable[str] = ()) -> Reports | None:
    """What a package whose main library is ``main_library`` reports, given the
    machine names of all its ``libraries``; None for a type not in the table."""
    entry = TABLE.get(machine_name(main_library))
    if entry is None:
        return None
    return entry.reports_with(libraries)


def default_rule(reports: Reports | None) -> str:
    """The rule a new block gets: the strictest the type always meets."""
    return DEFAULT_RULE[reports] if reports is not None else VIEWED


def can_meet(reports: Reports | None, rule: str) -> bool:
    """Whether content that reports so can ever meet ``rule`` (unknown: yes)."""
    return reports is None or rule in RULES_MET[reports]


def rules_text(reports: Reports) -> str:
    """The rules a type meets, for the README table (English, in rule order)."""
    names = {COMPLETED: "Completed", SCORE: "Score", VIEWED: "Viewed"}
    return ", ".join(
        names[rule] for rule in (COMPLETED, SCORE, VIEWED) if rule in RULES_MET[reports]
    )


def readme_rows() -> list[str]:
    """The README's table of supported content types, one Markdown row each."""
    names = {COMPLETED: "Completed", SCORE: "Score", VIEWED: "Viewed"}
    english = {
        Reports.SCORE: "answered/completed with a score",
        Reports.COMPLETION: "completed without a score",
        Reports.NOTHING: "nothing that completes",
    }
    rows = []
    for entry in CONTENT_TYPES:
        if entry.alone is None:
            reports = english[entry.reports]
            rules = rules_text(entry.reports)
            default = names[DEFAULT_RULE[entry.reports]]
        else:
            reports = (
                f"with a question inside: {english[entry.reports]}; "
                f"without: {english[entry.alone]}"
            )
            rules = f"{rules_text(entry.reports)} / {rules_text(entry.alone)}"
            default = (
                f"{names[DEFAULT_RULE[entry.reports]]} / "
                f"{names[DEFAULT_RULE[entry.alone]]}"
            )
        rows.append(
            f"| {entry.title} | `{entry.machine_name}` | {reports} | {rules} "
            f"| {default} |"
        )
    return rows
