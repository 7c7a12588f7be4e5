"""Question builders (raw StreamField data) for the quiz tests."""

import uuid


def item(value):
    return {"type": "item", "id": str(uuid.uuid4()), "value": value}


def single_choice(prompt="<p>Скільки підписів потрібно петиції до Київради?</p>"):
    return {
        "type": "single_choice",
        "id": str(uuid.uuid4()),
        "value": {
            "prompt": prompt,
            "points": 1,
            "explanation": "Поріг — 6000 підписів за 60 днів.",
            "options": [
                item({"text": "6000", "correct": True, "feedback": "Так."}),
                item(
                    {"text": "25000", "correct": False, "feedback": "Це національний."}
                ),
                item({"text": "100", "correct": False, "feedback": "Замало."}),
            ],
        },
    }


def short_text():
    return {
        "type": "short_text",
        "id": str(uuid.uuid4()),
        "value": {
            "prompt": "<p>Як називається застосунок міста?</p>",
            "points": 1,
            "explanation": "",
            "accepted": [item("Київ Цифровий")],
            "feedback_correct": "",
            "feedback_incorrect": "",
        },
    }


def open_response():
    return {
        "type": "open_response",
        "id": str(uuid.uuid4()),
        "value": {
            "prompt": "<p>Яку петицію ви подали б?</p>",
            "points": 2,
            "explanation": "",
            "rubric": "Чітка проблема і рішення.",
            "max_words": 100,
        },
    }


def publish(obj):
    obj.save_revision().publish()
    return obj


def matching():
    return {
        "type": "matching",
        "id": str(uuid.uuid4()),
        "value": {
            "prompt": "<p>Зіставте орган і його роль.</p>",
            "points": 1,
            "explanation": "",
            "scoring": "partial",
            "pairs": [
                item({"left": "Київрада", "right": "ухвалює рішення"}),
                item({"left": "КМДА", "right": "виконує рішення"}),
                item({"left": "КМВА", "right": "воєнна адміністрація"}),
            ],
        },
    }


def fill_blanks():
    return {
        "type": "fill_blanks",
        "id": str(uuid.uuid4()),
        "value": {
            "prompt": "<p>Доповніть речення.</p>",
            "points": 1,
            "explanation": "",
            "scoring": "partial",
            "text": (
                "Петиції до Київради потребують [[6000|6 000]] підписів за [[60]] днів."
            ),
        },
    }
