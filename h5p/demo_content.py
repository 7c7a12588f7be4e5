"""The demo H5P activity's text, in Ukrainian and English (facts: content-facts.md 2.x;
thresholds as of December 2025, 2.4)."""

PETITIONS_CHECK = {
    "uk": {
        "title": "Петиції до Київради: перевірте себе",
        "intro": "Оберіть одну відповідь на кожне запитання, потім натисніть «Перевірити відповіді».",
        "questions": [
            {
                "text": "Скільки підписів і за який час має зібрати електронна петиція до Київської міської ради?",
                "options": [
                    {"text": "6 000 підписів за 60 днів", "correct": True},
                    {"text": "10 000 підписів за 90 днів", "correct": False},
                    {"text": "25 000 підписів за 3 місяці", "correct": False},
                ],
                "explanation": "Станом на грудень 2025 року поріг — 6 000 підписів за 60 днів; він діє з червня 2021 року. 10 000 за 90 днів — давніше правило (2015–2021), а 25 000 за три місяці — поріг для петицій до Президента, Верховної Ради чи Кабінету Міністрів.",
            },
            {
                "text": "Хто доручає розглянути петицію, яка набрала потрібну кількість підписів?",
                "options": [
                    {"text": "Київський міський голова", "correct": True},
                    {"text": "Автор петиції", "correct": False},
                    {"text": "Верховна Рада України", "correct": False},
                ],
                "explanation": "Міський голова доручає петицію відповідальним посадовцям КМДА і постійним комісіям Київради.",
            },
            {
                "text": "За який строк петицію має бути розглянуто?",
                "options": [
                    {"text": "За 10 робочих днів", "correct": True},
                    {"text": "За пів року", "correct": False},
                    {"text": "Строку немає", "correct": False},
                ],
                "explanation": "Строк — 10 робочих днів від дня, коли оприлюднено початок розгляду.",
            },
            {
                "text": "Чи обовʼязкові для Київради результати опитувань у застосунку «Київ Цифровий»?",
                "options": [
                    {
                        "text": "Ні: вони дорадчі, їх передають Київраді для розгляду",
                        "correct": True,
                    },
                    {"text": "Так: це місцевий референдум", "correct": False},
                ],
                "explanation": "Опитування в застосунку — не референдум, і рада не зобовʼязана ухвалити рішення за їхніми результатами.",
            },
        ],
        "l10n": {
            "check": "Перевірити відповіді",
            "retry": "Спробувати ще раз",
            "result": "Правильних відповідей: @score з @total.",
            "correct": "Правильно.",
            "wrong": "Не зовсім.",
            "unanswered": "Спершу дайте відповідь на кожне запитання.",
        },
    },
    "en": {
        "title": "Petitions to Kyiv City Council: check yourself",
        "intro": "Choose one answer to each question, then press “Check my answers”.",
        "questions": [
            {
                "text": "How many signatures, and in what time, must an e-petition to Kyiv City Council collect?",
                "options": [
                    {"text": "6,000 signatures in 60 days", "correct": True},
                    {"text": "10,000 signatures in 90 days", "correct": False},
                    {"text": "25,000 signatures in 3 months", "correct": False},
                ],
                "explanation": "As of December 2025 the threshold is 6,000 signatures in 60 days; it has applied since June 2021. 10,000 in 90 days was the earlier rule (2015–2021); 25,000 in three months is the threshold for petitions to the President, the Verkhovna Rada or the Cabinet of Ministers.",
            },
            {
                "text": "Who assigns a petition that has reached the threshold for consideration?",
                "options": [
                    {"text": "The mayor of Kyiv", "correct": True},
                    {"text": "The petition’s author", "correct": False},
                    {"text": "The Verkhovna Rada of Ukraine", "correct": False},
                ],
                "explanation": "The mayor assigns it to the responsible officials of the Kyiv City State Administration (KCSA) and to the Council’s standing committees.",
            },
            {
                "text": "Within what time must the petition be considered?",
                "options": [
                    {"text": "Within 10 working days", "correct": True},
                    {"text": "Within six months", "correct": False},
                    {"text": "There is no time limit", "correct": False},
                ],
                "explanation": "The limit is 10 working days from the day the start of consideration is made public.",
            },
            {
                "text": "Are the results of polls in the Kyiv Digital app binding on Kyiv City Council?",
                "options": [
                    {
                        "text": "No: they are advisory and passed to the Council to consider",
                        "correct": True,
                    },
                    {"text": "Yes: they are a local referendum", "correct": False},
                ],
                "explanation": "Polls in the app are not referendums, and the Council does not have to decide as they say.",
            },
        ],
        "l10n": {
            "check": "Check my answers",
            "retry": "Try again",
            "result": "You got @score of @total right.",
            "correct": "Correct.",
            "wrong": "Not quite.",
            "unanswered": "Answer every question first.",
        },
    },
}
