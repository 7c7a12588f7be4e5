"""Demo content for the reports: the narrative next to commitment UAIEV0001's
figures, a demonstration an editor replaces in the Wagtail admin."""

from .commitment import CODE
from .models import CommitmentNarrative

NARRATIVE_UK = (
    "<p>Демонстраційний текст: тут редактор пояснює показники простими словами.</p>"
    "<p>Зобов’язання UAIEV0001 місцевого плану дій Києва на 2025–2026 роки "
    "передбачає інтерактивні курси громадянської освіти в школах, фахових коледжах "
    "і університетах. Показники на цій сторінці — лише те, що порахувала ця "
    "платформа: скільки учнів і вчителів розпочали та завершили її модулі в кожному "
    "кварталі. Заняття поза платформою сюди не входять, і це не є офіційним звітом "
    "міста.</p>"
    "<p>Малі числа приховано, щоб нікого не можна було впізнати, тому суми "
    "позначені «≥» можуть бути більшими.</p>"
)
NARRATIVE_EN = (
    "<p>A demonstration text: this is where an editor explains the figures in plain "
    "words.</p>"
    "<p>Commitment UAIEV0001 of Kyiv's local action plan for 2025–2026 provides for "
    "interactive civic-education courses in schools, vocational colleges and "
    "universities. The figures on this page are only what this platform counted: how "
    "many learners and teachers started and completed its modules in each quarter. "
    "Lessons held outside the platform are not included, and this is not the city's "
    "official report.</p>"
    "<p>Small numbers are hidden so that nobody can be identified, so sums marked "
    "“≥” may be larger.</p>"
)


def ensure_commitment_narrative() -> CommitmentNarrative:
    """The demo narrative, created once (an editor's later changes are kept)."""
    narrative, _created = CommitmentNarrative.objects.get_or_create(
        code=CODE,
        defaults={"narrative_uk": NARRATIVE_UK, "narrative_en": NARRATIVE_EN},
    )
    return narrative
