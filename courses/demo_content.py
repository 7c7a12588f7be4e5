"""Starter course content for seed_demo: six modules about taking part in Kyiv's
decisions, in Ukrainian with English translations. Facts follow
../shared/content-facts.md (checked facts only)."""

GLOSSARY = [
    {
        "key": "public-consultation",
        "uk": {
            "term": "Публічна консультація",
            "definition": (
                "Спосіб, у який органи влади ще до ухвалення рішення дізнаються думку "
                "людей, яких воно стосується, і враховують її. Консультації бувають "
                "різні: обговорення, опитування, зустрічі, онлайн-коментарі."
            ),
        },
        "en": {
            "term": "Public consultation",
            "definition": (
                "A way for public authorities to learn the views of the people a "
                "decision affects before they make it, and to take those views into "
                "account. Consultations take many forms: discussions, surveys, "
                "meetings and online comments."
            ),
        },
    },
    {
        "key": "public-hearing",
        "uk": {
            "term": "Громадські слухання",
            "definition": (
                "Відкрита зустріч членів громади з депутатами та посадовими особами, "
                "на якій обговорюють питання місцевого значення і вносять пропозиції. "
                "У Києві порядок їх організації затвердила Київська міська рада у 2015 "
                "році."
            ),
        },
        "en": {
            "term": "Public hearing",
            "definition": (
                "An open meeting of community members with councillors and officials "
                "to discuss local matters and make proposals. In Kyiv, the procedure "
                "for organising them was approved by Kyiv City Council in 2015."
            ),
        },
    },
    {
        "key": "local-initiative",
        "uk": {
            "term": "Місцева ініціатива",
            "definition": (
                "Право членів громади запропонувати раді розглянути питання, що "
                "належить до місцевого самоврядування. У Києві це робить ініціативна "
                "група мешканців за порядком, який Київрада ухвалила у 2016 році."
            ),
        },
        "en": {
            "term": "Local initiative",
            "definition": (
                "The right of community members to ask the council to consider a "
                "matter that falls within local self-government. In Kyiv, an "
                "initiative group of residents does this under a procedure adopted by "
                "Kyiv City Council in 2016."
            ),
        },
    },
    {
        "key": "kmda",
        "uk": {
            "term": "КМДА",
            "definition": (
                "Київська міська державна адміністрація — виконавчий орган Київської "
                "міської ради, який очолює міський голова. Це не те саме, що Київрада "
                "(представницький орган) чи Київська міська військова адміністрація "
                "(КМВА)."
            ),
        },
        "en": {
            "term": "KCSA (КМДА)",
            "definition": (
                "The Kyiv City State Administration, the executive body of Kyiv City "
                "Council, headed by the mayor. It is not the same as the Council (the "
                "elected representative body) or the Kyiv City Military Administration "
                "(KCMA)."
            ),
        },
    },
    {
        "key": "e-petition",
        "uk": {
            "term": "Електронна петиція",
            "definition": (
                "Колективне звернення до органу влади, яке подають і підписують "
                "онлайн. Якщо петиція до Київради за 60 днів збирає 6000 підписів, її "
                "обов'язково розглядають і дають відповідь."
            ),
        },
        "en": {
            "term": "E-petition",
            "definition": (
                "A collective appeal to a public authority that is filed and signed "
                "online. If a petition to Kyiv City Council gathers 6,000 signatures "
                "within 60 days, it must be considered and answered."
            ),
        },
    },
    {
        "key": "advisory-poll",
        "uk": {
            "term": "Дорадче опитування",
            "definition": (
                "Опитування, результати якого допомагають владі зрозуміти думку людей, "
                "але не зобов'язують її ухвалити саме таке рішення. Такими є "
                "опитування в застосунку «Київ Цифровий»."
            ),
        },
        "en": {
            "term": "Advisory poll",
            "definition": (
                "A poll whose results help the authorities understand what people "
                "think but do not oblige them to decide accordingly. The polls in the "
                "Kyiv Digital app are of this kind."
            ),
        },
    },
    {
        "key": "participatory-budget",
        "uk": {
            "term": "Громадський бюджет",
            "definition": (
                "Частина міського бюджету, на яку мешканці самі пропонують проєкти й "
                "голосують за них. За київськими правилами 2021 року голосувати могли "
                "люди віком від 16 років."
            ),
        },
        "en": {
            "term": "Participatory budget",
            "definition": (
                "A part of the city budget for which residents propose projects and "
                "vote on them. Under Kyiv's 2021 rules, people aged 16 and over could "
                "vote."
            ),
        },
    },
    {
        "key": "open-government-partnership",
        "uk": {
            "term": "Партнерство «Відкритий Уряд» (OGP)",
            "definition": (
                "Міжнародна ініціатива, започаткована 2011 року, у якій уряди разом із "
                "громадськими організаціями беруть зобов'язання зробити владу "
                "прозорішою, підзвітнішою і відкритішою до участі людей."
            ),
        },
        "en": {
            "term": "Open Government Partnership (OGP)",
            "definition": (
                "An international initiative launched in 2011 in which governments and "
                "civil society organisations agree on commitments to make government "
                "more transparent, more accountable and more open to people's "
                "participation."
            ),
        },
    },
    {
        "key": "action-plan",
        "uk": {
            "term": "План дій OGP",
            "definition": (
                "Документ, який влада і громадянське суспільство створюють разом. Він "
                "містить конкретні зобов'язання щодо прозорості, підзвітності та "
                "участі, а оцінює його Незалежний механізм звітування OGP (IRM)."
            ),
        },
        "en": {
            "term": "OGP action plan",
            "definition": (
                "A document that government and civil society draw up together. It "
                "sets out concrete commitments on transparency, accountability and "
                "participation, and it is reviewed by OGP's Independent Reporting "
                "Mechanism (IRM)."
            ),
        },
    },
    {
        "key": "open-data",
        "uk": {
            "term": "Відкриті дані",
            "definition": (
                "Публічна інформація, яку оприлюднюють у машиночитному форматі, щоб "
                "кожен міг вільно її завантажувати, аналізувати й повторно "
                "використовувати, зокрема з комерційною метою, якщо зазначає джерело."
            ),
        },
        "en": {
            "term": "Open data",
            "definition": (
                "Public information published in a machine-readable format so that "
                "anyone can freely download, analyse and reuse it, commercially too, "
                "as long as they credit the source."
            ),
        },
    },
    {
        "key": "data-set",
        "uk": {
            "term": "Набір даних",
            "definition": (
                "Сукупність пов'язаних даних на одну тему, наприклад таблиця на "
                "порталі відкритих даних разом з описом: хто її оприлюднив, коли "
                "оновлював і в якому форматі."
            ),
        },
        "en": {
            "term": "Data set",
            "definition": (
                "A collection of related data on one topic, such as a table on an "
                "open-data portal, together with a description of who published it, "
                "when it was updated and in which format."
            ),
        },
    },
    {
        "key": "vcentri-hub",
        "uk": {
            "term": "Vcentri HUB",
            "definition": (
                "Муніципальний простір у Києві, де громадські організації, влада і "
                "бізнес можуть зустрічатися й проводити заходи. Організації, внесені "
                "до реєстру інститутів громадянського суспільства, користуються ним "
                "безплатно."
            ),
        },
        "en": {
            "term": "Vcentri HUB",
            "definition": (
                "A municipal space in Kyiv where civil society organisations, the "
                "authorities and business can meet and hold events. Organisations "
                "listed in the register of civil society institutions can use it free "
                "of charge."
            ),
        },
    },
    {
        "key": "volunteering",
        "uk": {
            "term": "Волонтерська діяльність",
            "definition": (
                "Добровільна, соціально спрямована і неприбуткова діяльність на "
                "користь інших. Закон України «Про волонтерську діяльність» вважає її "
                "формою благодійної діяльності."
            ),
        },
        "en": {
            "term": "Volunteering",
            "definition": (
                "Voluntary, socially directed, non-profit activity for the benefit of "
                "others. Ukraine's Law “On Volunteer Activity” treats it as a form of "
                "charitable activity."
            ),
        },
    },
    {
        "key": "civil-society-organisation",
        "uk": {
            "term": "Організація громадянського суспільства",
            "definition": (
                "Незалежна від влади неприбуткова організація, яку люди створюють "
                "добровільно заради спільної суспільної мети, наприклад громадське "
                "об'єднання чи благодійний фонд."
            ),
        },
        "en": {
            "term": "Civil society organisation (CSO)",
            "definition": (
                "A non-profit organisation, independent of the authorities, that "
                "people set up voluntarily to pursue a shared public goal, for example "
                "a civic association or a charitable foundation."
            ),
        },
    },
    {
        "key": "case-study",
        "uk": {
            "term": "Кейс-метод",
            "definition": (
                "Навчальний метод, за якого учні аналізують реальну або наближену до "
                "реальної ситуацію: визначають проблему, сторони, можливі рішення та "
                "їхні наслідки."
            ),
        },
        "en": {
            "term": "Case study method",
            "definition": (
                "A teaching method in which learners analyse a real or realistic "
                "situation: they identify the problem, the parties involved, possible "
                "solutions and their consequences."
            ),
        },
    },
    {
        "key": "personal-data",
        "uk": {
            "term": "Персональні дані",
            "definition": (
                "Будь-які відомості, за якими можна впізнати конкретну людину: ім'я, "
                "фото, адреса, номер телефону, ім'я у списку тих, хто підписав "
                "петицію, тощо."
            ),
        },
        "en": {
            "term": "Personal data",
            "definition": (
                "Any information that can identify a particular person: a name, a "
                "photo, an address, a phone number, a name on the list of people who "
                "signed a petition and so on."
            ),
        },
    },
]

MODULES = [
    # 1. Public consultations
    {
        "slug": "public-consultations",
        "audiences": ["school", "university", "vocational"],
        "estimated_hours": "1.0",
        "pd_hours": None,
        "ects_credits": None,
        "prerequisites": [],
        "cover": {"motif": "consultation", "colour": "#0b4f9c"},
        "uk": {
            "title": "Публічні консультації: як кияни впливають на рішення міста",
            "summary": (
                "Як висловити свою думку ще до того, як місто ухвалить рішення, і за "
                "якими правилами це працює в Києві."
            ),
            "age_guidance": "8–11 класи, студенти коледжів і університетів",
            "topics": [
                "публічні консультації",
                "місцеве самоврядування",
                "громадські слухання",
            ],
            "outcomes": [
                (
                    "Після модуля ви зможете пояснити, чим відрізняються Київська "
                    "міська рада, КМДА і КМВА."
                ),
                (
                    "Після модуля ви зможете назвати основні форми участі: громадські "
                    "слухання, місцеві ініціативи, загальні збори мешканців і "
                    "консультації з громадськістю."
                ),
                (
                    "Після модуля ви зможете розповісти, як кияни можуть ініціювати "
                    "консультацію щодо парку чи скверу."
                ),
                (
                    "Після модуля ви зможете пояснити, чому закон про публічні "
                    "консультації вже ухвалено, але він ще не діє."
                ),
            ],
            "teacher_guide": (
                "<p>Модуль розраховано на один урок (45 хвилин): 25–30 хвилин на "
                "читання трьох уроків і 15–20 хвилин на обговорення. Його також можна "
                "задати для самостійного читання вдома, а в класі провести лише "
                "обговорення.</p><p>Почніть із запитання: «Чи бачили ви, як у вашому "
                "районі змінювали сквер, двір або зупинку? Хто це вирішував?» "
                "Повертайтеся до відповідей після кожного "
                "уроку.</p><ul><li>Наголошуйте, що різні форми участі мають різні "
                "правила і різні наслідки.</li><li>Не вимагайте від учнів висловлювати "
                "політичні погляди: обговорюйте процедури та "
                "аргументи.</li><li>Правові деталі змінюються, тому перед уроком "
                "перевірте новини на kmr.gov.ua і kyivcity.gov.ua.</li></ul>"
            ),
            "cover_alt": (
                "Обкладинка модуля «Публічні консультації: як кияни впливають на "
                "рішення міста»: пласка ілюстрація з людьми за круглим столом і "
                "мовними бульбашками над ними."
            ),
        },
        "en": {
            "title": "Public consultations: how Kyiv residents shape city decisions",
            "summary": (
                "How to make your voice heard before the city decides, and the rules "
                "that govern this in Kyiv."
            ),
            "age_guidance": "Grades 8–11, college and university students",
            "topics": [
                "public consultations",
                "local self-government",
                "public hearings",
            ],
            "outcomes": [
                (
                    "After this module you will be able to explain the difference "
                    "between Kyiv City Council, the KCSA and the KCMA."
                ),
                (
                    "After this module you will be able to name the main forms of "
                    "participation: public hearings, local initiatives, general "
                    "meetings of residents and consultations with the public."
                ),
                (
                    "After this module you will be able to describe how residents can "
                    "start a consultation about a park or a square."
                ),
                (
                    "After this module you will be able to explain why the law on "
                    "public consultations has been adopted but is not yet in force."
                ),
            ],
            "teacher_guide": (
                "<p>The module fits one lesson (45 minutes): 25–30 minutes to read the "
                "three lessons and 15–20 minutes for discussion. You can also set it "
                "as reading at home and use class time only for the "
                "discussion.</p><p>Start with a question: “Have you seen a square, a "
                "courtyard or a bus stop in your district being changed? Who decided "
                "on it?” Come back to the answers after each lesson.</p><ul><li>Stress "
                "that different forms of participation have different rules and "
                "different consequences.</li><li>Do not ask pupils to state political "
                "views: discuss procedures and arguments.</li><li>Legal details "
                "change, so check the news on kmr.gov.ua and kyivcity.gov.ua before "
                "the lesson.</li></ul>"
            ),
            "cover_alt": (
                "Cover of the module “Public consultations: how Kyiv residents shape "
                "city decisions”: a flat illustration of people at a round table with "
                "speech bubbles above them."
            ),
        },
        "lessons": [
            {
                "slug": "why-ask-residents",
                "minutes": 9,
                "uk": {
                    "title": "Навіщо місту питати мешканців",
                    "intro": (
                        "Рішення міста стосуються кожного: від маршрутів транспорту до "
                        "облаштування парку. Розберімося, хто в Києві ухвалює рішення "
                        "і як мешканці можуть на них вплинути."
                    ),
                    "body": [
                        (
                            "image",
                            {
                                "motif": "consultation",
                                "alt": (
                                    "Пласка ілюстрація: люди різного віку сидять за "
                                    "круглим столом, над ними мовні бульбашки."
                                ),
                                "caption": (
                                    "Консультація — це розмова до ухвалення рішення, а "
                                    "не після нього."
                                ),
                            },
                        ),
                        ("heading", "Хто ухвалює рішення в Києві"),
                        (
                            "paragraph",
                            (
                                "<p>У Києві діють кілька різних органів влади, і їх "
                                "легко сплутати. <b>Київська міська рада</b> "
                                "(Київрада) — це обрані киянами депутати, які "
                                "ухвалюють рішення, зокрема про міський бюджет і "
                                "правила для міста. <b>КМДА</b> виконує ці рішення і "
                                "керує міським господарством. Під час воєнного стану "
                                "діє ще й <b>Київська міська військова адміністрація "
                                "(КМВА)</b> — окремий орган з іншим "
                                "керівником.</p><p>Головні правила життя громади "
                                "записано в Статуті територіальної громади міста "
                                "Києва, який Київрада затвердила у 2002 році. На нього "
                                "спираються пізніші рішення про участь мешканців.</p>"
                            ),
                        ),
                        ("glossary", "kmda"),
                        (
                            "quote",
                            {
                                "quote": (
                                    "Громадяни мають право брати участь в управлінні "
                                    "державними справами, у всеукраїнському та "
                                    "місцевих референдумах, вільно обирати і бути "
                                    "обраними до органів державної влади та органів "
                                    "місцевого самоврядування."
                                ),
                                "source": "Конституція України, стаття 38",
                                "source_url": "",
                            },
                        ),
                        ("heading", "Що таке публічна консультація"),
                        (
                            "paragraph",
                            (
                                "<p>Публічна консультація відбувається тоді, коли "
                                "влада ще до ухвалення рішення пояснює, що вона "
                                "планує, і збирає думки тих, кого це стосується. Мета "
                                "проста: рішення стає кращим, якщо його перевірили "
                                "люди, які живуть поруч, гуляють у цьому парку чи "
                                "щодня їздять цим маршрутом.</p><p>Слово "
                                "«консультації» часто вживають дуже широко, але в "
                                "законодавстві йдеться про кілька різних інструментів: "
                                "громадські слухання, місцеві ініціативи, загальні "
                                "збори мешканців, консультації з громадськістю, які "
                                "проводить КМДА, і окремі правила для громадських "
                                "просторів. Про кожен з них ви дізнаєтеся з наступних "
                                "уроків.</p>"
                            ),
                        ),
                        ("glossary", "public-consultation"),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Скільки киян беруть участь?",
                                "text": (
                                    "<p>У травні 2025 року, як повідомило агентство "
                                    "«Інтерфакс-Україна», в застосунку «Київ Цифровий» "
                                    "провели опитування про способи впливати на місто. "
                                    "Лише 3% учасників відповіли, що беруть участь у "
                                    "публічних консультаціях, а 42% — що не вірять у "
                                    "свій вплив. Відповідали ті користувачі, які самі "
                                    "захотіли, тож це опитування не показує думку всіх "
                                    "киян.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Участь — це не лише право, а й навичка, яку можна "
                                "тренувати. Що раніше ви навчитеся читати рішення "
                                "міста, ставити запитання і формулювати пропозиції, то "
                                "легше вам буде захищати свої інтереси й допомагати "
                                "сусідам. Навіть якщо ви ще не голосуєте на виборах, "
                                "ви можете брати участь в обговореннях у школі та "
                                "районі і допомагати дорослим готувати пропозиції.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Пригадайте зміну у вашому районі: новий сквер, "
                                    "зупинку чи ремонт двору. Чи питали мешканців до "
                                    "того, як її зробили? Що могло б змінитися, якби "
                                    "запитали?"
                                ),
                                "teacher_note": (
                                    "Дайте 2–3 хвилини на обговорення в парах, потім "
                                    "зберіть кілька прикладів. Стежте, щоб розмова "
                                    "була про процес (хто і як вирішував), а не про "
                                    "оцінку конкретних посадовців."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Why a city should ask its residents",
                    "intro": (
                        "City decisions affect everyone, from transport routes to the "
                        "layout of a park. Let's look at who makes decisions in Kyiv "
                        "and how residents can influence them."
                    ),
                    "body": [
                        (
                            "image",
                            {
                                "motif": "consultation",
                                "alt": (
                                    "A flat illustration: people of different ages sit "
                                    "at a round table with speech bubbles above them."
                                ),
                                "caption": (
                                    "A consultation is a conversation before a "
                                    "decision is made, not after it."
                                ),
                            },
                        ),
                        ("heading", "Who makes decisions in Kyiv"),
                        (
                            "paragraph",
                            (
                                "<p>Several different public bodies work in Kyiv, and "
                                "they are easy to mix up. <b>Kyiv City Council</b> is "
                                "made up of councillors elected by Kyiv residents; "
                                "they take decisions, for example on the city budget "
                                "and the city's rules. The <b>Kyiv City State "
                                "Administration (KCSA, КМДА)</b> carries out those "
                                "decisions and runs the city's services. Under martial "
                                "law there is also the <b>Kyiv City Military "
                                "Administration (KCMA, КМВА)</b>, a separate body with "
                                "a different head.</p><p>The main rules of community "
                                "life are set out in the Statute of the Kyiv "
                                "territorial community, which Kyiv City Council "
                                "approved in 2002. Later decisions on residents' "
                                "participation build on it.</p>"
                            ),
                        ),
                        ("glossary", "kmda"),
                        (
                            "quote",
                            {
                                "quote": (
                                    "Citizens have the right to participate in the "
                                    "administration of state affairs, in All-Ukrainian "
                                    "and local referendums, to freely elect and to be "
                                    "elected to bodies of state power and bodies of "
                                    "local self-government."
                                ),
                                "source": "Constitution of Ukraine, Article 38",
                                "source_url": "",
                            },
                        ),
                        ("heading", "What a public consultation is"),
                        (
                            "paragraph",
                            (
                                "<p>A public consultation happens when the "
                                "authorities, before making a decision, explain what "
                                "they plan and collect the views of the people it "
                                "affects. The aim is simple: a decision gets better "
                                "when it has been checked by the people who live "
                                "nearby, walk in that park or take that route every "
                                "day.</p><p>The word “consultation” is often used very "
                                "loosely, but in law it covers several different "
                                "tools: public hearings, local initiatives, general "
                                "meetings of residents, consultations with the public "
                                "run by the KCSA, and separate rules for public "
                                "spaces. You will learn about each of them in the next "
                                "lessons.</p>"
                            ),
                        ),
                        ("glossary", "public-consultation"),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "How many residents take part?",
                                "text": (
                                    "<p>In May 2025, as the Interfax-Ukraine news "
                                    "agency reported, the Kyiv Digital app ran a poll "
                                    "on ways to influence the city. Only 3% of "
                                    "respondents said they take part in public "
                                    "consultations, and 42% said they do not believe "
                                    "they can make a difference. Only users who chose "
                                    "to answer took part, so the poll does not show "
                                    "what all Kyiv residents think.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Taking part is not just a right; it is also a "
                                "skill you can practise. The sooner you learn to read "
                                "city decisions, ask questions and put proposals into "
                                "words, the easier it will be to stand up for your "
                                "interests and help your neighbours. Even if you "
                                "cannot vote in elections yet, you can join "
                                "discussions at school and in your district and help "
                                "adults prepare proposals.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Think of a change in your district: a new square, "
                                    "a bus stop or a repaired courtyard. Were "
                                    "residents asked before it was made? What might "
                                    "have been different if they had been asked?"
                                ),
                                "teacher_note": (
                                    "Give pupils 2–3 minutes to discuss in pairs, then "
                                    "collect a few examples. Keep the conversation on "
                                    "the process (who decided and how), not on judging "
                                    "particular officials."
                                ),
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "hearings-initiatives-meetings",
                "minutes": 9,
                "uk": {
                    "title": "Громадські слухання, місцеві ініціативи і загальні збори",
                    "intro": (
                        "Три інструменти, якими кияни можуть скористатися, щоб "
                        "порушити питання перед міською владою."
                    ),
                    "body": [
                        ("heading", "Громадські слухання"),
                        (
                            "paragraph",
                            (
                                "<p>Громадські слухання — це відкрита зустріч "
                                "мешканців із депутатами та посадовими особами. Тут "
                                "можна почути пояснення влади, поставити запитання і "
                                "внести пропозиції. У Києві порядок організації "
                                "громадських слухань затвердила Київська міська рада "
                                "рішенням від 8 жовтня 2015 року № "
                                "120/2023.</p><p>Пропозиції, висловлені на слуханнях, "
                                "влада має розглянути. Але слухання — не голосування: "
                                "вони допомагають зібрати аргументи, а остаточне "
                                "рішення ухвалює відповідний орган.</p>"
                            ),
                        ),
                        ("glossary", "public-hearing"),
                        ("heading", "Місцеві ініціативи"),
                        (
                            "paragraph",
                            (
                                "<p>Місцева ініціатива дає змогу мешканцям "
                                "запропонувати раді розглянути конкретне питання, "
                                "наприклад проєкт рішення. Для цього кияни "
                                "об'єднуються в ініціативну групу і готують документи "
                                "за встановленим порядком. У Києві його затверджено "
                                "рішенням Київради від 8 грудня 2016 року № 545/1549. "
                                "Згодом на громадське обговорення виносили оновлену "
                                "редакцію порядку, тож перед поданням варто перевірити "
                                "чинні вимоги на <a "
                                'href="https://kmr.gov.ua">kmr.gov.ua</a>.</p>'
                            ),
                        ),
                        ("glossary", "local-initiative"),
                        ("heading", "Загальні збори мешканців"),
                        (
                            "paragraph",
                            (
                                "<p>Загальні збори за місцем проживання — це зустріч "
                                "мешканців будинку, вулиці, кварталу чи мікрорайону, "
                                "на якій вони обговорюють спільні справи і формулюють "
                                "пропозиції до влади. У Києві їх проводять за "
                                "порядком, затвердженим рішенням Київради від 19 "
                                "квітня 2018 року № 494/4558.</p><p>Як підготуватися "
                                "до будь-якої з цих форм участі? З'ясуйте, хто ухвалює "
                                "рішення з вашого питання, зберіть факти (фото, дати, "
                                "кількість людей, яких це стосується), сформулюйте "
                                "одну-дві конкретні пропозиції і знайдіть однодумців. "
                                "Що краще підготовлено пропозицію, то важче її "
                                "проігнорувати.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Правила оновлюються",
                                "text": (
                                    "<p>8 січня 2025 року набув чинності Закон № "
                                    "3703-IX про народовладдя на рівні місцевого "
                                    "самоврядування. Він регулює загальні збори, "
                                    "громадські слухання, місцеві ініціативи, петиції, "
                                    "консультації та участь мешканців у місцевому "
                                    "бюджеті. Громади мають ухвалити свої статути до 1 "
                                    "січня 2027 року, тож київські правила ще можуть "
                                    "змінитися.</p>"
                                ),
                            },
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Уявіть, що у вашому дворі хочуть вирубати дерева, "
                                    "щоб зробити парковку. Який із трьох інструментів "
                                    "ви обрали б і чому?"
                                ),
                                "teacher_note": (
                                    "Поділіть клас на три групи, кожна захищає один "
                                    "інструмент. Підсумуйте, що інструменти не "
                                    "виключають один одного: їх можна поєднувати."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Public hearings, local initiatives and general meetings",
                    "intro": (
                        "Three tools that Kyiv residents can use to raise an issue "
                        "with the city authorities."
                    ),
                    "body": [
                        ("heading", "Public hearings"),
                        (
                            "paragraph",
                            (
                                "<p>A public hearing is an open meeting of residents "
                                "with councillors and officials. There you can hear "
                                "the authorities explain their plans, ask questions "
                                "and make proposals. In Kyiv, the procedure for "
                                "organising public hearings was approved by Kyiv City "
                                "Council in its decision No. 120/2023 of 8 October "
                                "2015.</p><p>The authorities have to consider "
                                "proposals made at a hearing. But a hearing is not a "
                                "vote: it helps to gather arguments, and the final "
                                "decision is taken by the body responsible.</p>"
                            ),
                        ),
                        ("glossary", "public-hearing"),
                        ("heading", "Local initiatives"),
                        (
                            "paragraph",
                            (
                                "<p>A local initiative lets residents ask the council "
                                "to consider a specific matter, such as a draft "
                                "decision. To do this, residents form an initiative "
                                "group and prepare documents under a set procedure. In "
                                "Kyiv, it was approved by Kyiv City Council decision "
                                "No. 545/1549 of 8 December 2016. A revised version of "
                                "the procedure was later put out for public "
                                "discussion, so check the current requirements on <a "
                                'href="https://kmr.gov.ua">kmr.gov.ua</a> before you '
                                "submit anything.</p>"
                            ),
                        ),
                        ("glossary", "local-initiative"),
                        ("heading", "General meetings of residents"),
                        (
                            "paragraph",
                            (
                                "<p>A general meeting at the place of residence brings "
                                "together the residents of a building, a street, a "
                                "block or a neighbourhood to discuss shared matters "
                                "and put proposals to the authorities. In Kyiv, such "
                                "meetings follow the procedure approved by Kyiv City "
                                "Council decision No. 494/4558 of 19 April "
                                "2018.</p><p>How do you prepare for any of these forms "
                                "of participation? Find out who takes the decision on "
                                "your issue, gather facts (photos, dates, how many "
                                "people are affected), put one or two specific "
                                "proposals into words and find people who agree with "
                                "you. The better prepared a proposal is, the harder it "
                                "is to ignore.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "The rules are being updated",
                                "text": (
                                    "<p>On 8 January 2025, Law No. 3703-IX on direct "
                                    "democracy at local level came into force. It "
                                    "covers general meetings, public hearings, local "
                                    "initiatives, petitions, consultations and "
                                    "residents' part in the local budget. Communities "
                                    "must adopt their statutes by 1 January 2027, so "
                                    "Kyiv's rules may still change.</p>"
                                ),
                            },
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Imagine that trees in your courtyard are about to "
                                    "be cut down to make a car park. Which of the "
                                    "three tools would you choose, and why?"
                                ),
                                "teacher_note": (
                                    "Split the class into three groups, each defending "
                                    "one tool. Sum up by pointing out that the tools "
                                    "do not exclude each other: they can be combined."
                                ),
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "consultation-rules",
                "minutes": 10,
                "uk": {
                    "title": "Консультації КМДА, громадські простори і новий закон",
                    "intro": (
                        "Як КМДА радиться з громадськістю, як кияни можуть ініціювати "
                        "консультацію щодо парку чи скверу і що змінить новий закон."
                    ),
                    "body": [
                        ("heading", "Консультації з громадськістю в КМДА"),
                        (
                            "paragraph",
                            (
                                "<p>КМДА — державна адміністрація, тому вона проводить "
                                "консультації з громадськістю за постановою Кабінету "
                                "Міністрів України від 3 листопада 2010 року № 996. Ця "
                                "постанова затверджує порядок таких консультацій і "
                                "типове положення про громадські ради. За нею "
                                "консультації проводять у формі публічного "
                                "громадського обговорення (наприклад, зустрічей чи "
                                "круглих столів) і вивчення громадської думки "
                                "(наприклад, опитувань).</p><p>При КМДА діє "
                                "<b>Громадська рада</b> — тимчасовий "
                                "консультативно-дорадчий орган, який формують на два "
                                "роки. Вона дає адміністрації поради і пропозиції щодо "
                                "її рішень.</p>"
                            ),
                        ),
                        ("heading", "Консультації щодо громадських просторів"),
                        (
                            "paragraph",
                            (
                                "<p>У листопаді 2021 року Київрада ухвалила окреме "
                                "положення про публічні консультації під час "
                                "планування громадських просторів. Воно діє з 1 січня "
                                "2022 року і стосується пішохідних зон, парків і "
                                "скверів, проспектів і бульварів, публічних будівель, "
                                "що належать місту, а також пляжів. Важливо, що "
                                "мешканцям не треба чекати, поки місто саме запропонує "
                                "обговорення.</p><ul><li>Консультацію можуть "
                                "ініціювати мешканці або органи самоорганізації "
                                "населення (ОСН).</li><li>Для цього ініціативна група "
                                "надсилає письмове звернення міському "
                                "голові.</li><li>Результати консультацій вносять до "
                                "реєстру й оприлюднюють на вебпорталі міста.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Загальноміських правил поки немає",
                                "text": (
                                    "<p>Єдиного положення про публічні консультації "
                                    "для всього Києва ще немає. Його розроблення та "
                                    "впровадження — зобов'язання UAIEV0004 у плані дій "
                                    "Києва в Партнерстві «Відкритий Уряд», розраховане "
                                    "на лютий 2025 – жовтень 2026 року. Чи ухвалено "
                                    "документ, перевіряйте на kmr.gov.ua.</p>"
                                ),
                            },
                        ),
                        ("heading", "Закон «Про публічні консультації»"),
                        (
                            "paragraph",
                            (
                                "<p>20 червня 2024 року Верховна Рада ухвалила Закон "
                                "України «Про публічні консультації» № 3841-IX, а 17 "
                                "жовтня 2024 року його підписав Президент. Закон "
                                "встановлює принципи, форми і строки консультацій, "
                                "передбачає онлайн-платформу для них і наслідки, якщо "
                                "консультацій не провели. Він стосується і державної "
                                "політики, і місцевих питань.</p><p>Проте закон <b>ще "
                                "не діє</b>: він набере чинності через 12 місяців "
                                "після припинення або скасування воєнного стану.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Які громадські простори у вашому районі варто "
                                    "було б обговорити з мешканцями? Кого обов'язково "
                                    "треба запросити до такої консультації?"
                                ),
                                "teacher_note": (
                                    "Попросіть учнів скласти список груп, чию думку "
                                    "треба почути: діти, люди похилого віку, люди з "
                                    "інвалідністю, власники кав'ярень тощо. Так учні "
                                    "побачать, що консультація — це не лише "
                                    "голосування більшості."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "KCSA consultations, public spaces and the new law",
                    "intro": (
                        "How the KCSA consults the public, how residents can start a "
                        "consultation about a park or a square, and what the new law "
                        "will change."
                    ),
                    "body": [
                        ("heading", "Consultations with the public at the KCSA"),
                        (
                            "paragraph",
                            (
                                "<p>The KCSA is a state administration, so it consults "
                                "the public under Cabinet of Ministers of Ukraine "
                                "Resolution No. 996 of 3 November 2010. The resolution "
                                "approves the procedure for such consultations and the "
                                "model regulation on public councils. Under it, "
                                "consultations take the form of public discussion (for "
                                "example meetings or round tables) and the study of "
                                "public opinion (for example surveys).</p><p>The KCSA "
                                "has a <b>Public Council</b>, a temporary consultative "
                                "and advisory body formed for two years. It gives the "
                                "administration advice and proposals on its "
                                "decisions.</p>"
                            ),
                        ),
                        ("heading", "Consultations on public spaces"),
                        (
                            "paragraph",
                            (
                                "<p>In November 2021, Kyiv City Council adopted a "
                                "separate regulation on public consultations when "
                                "public spaces are being planned. It has applied since "
                                "1 January 2022 and covers pedestrian zones, parks and "
                                "squares, avenues and boulevards, city-owned public "
                                "buildings, and beaches. Importantly, residents do not "
                                "have to wait for the city to offer a "
                                "discussion.</p><ul><li>A consultation can be started "
                                "by residents or by self-organisation bodies of the "
                                "population (ОСН).</li><li>To do so, an initiative "
                                "group sends a written request to the "
                                "mayor.</li><li>The results of consultations go into a "
                                "register and are published on the city's web "
                                "portal.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "No city-wide rules yet",
                                "text": (
                                    "<p>There is no single regulation on public "
                                    "consultations for the whole of Kyiv yet. Drafting "
                                    "and introducing one is commitment UAIEV0004 in "
                                    "Kyiv's Open Government Partnership action plan, "
                                    "scheduled for February 2025 – October 2026. Check "
                                    "kmr.gov.ua to see whether the document has been "
                                    "adopted.</p>"
                                ),
                            },
                        ),
                        ("heading", "The Law “On Public Consultations”"),
                        (
                            "paragraph",
                            (
                                "<p>On 20 June 2024, the Verkhovna Rada adopted Law of "
                                "Ukraine No. 3841-IX “On Public Consultations”, and "
                                "the President signed it on 17 October 2024. The law "
                                "sets out the principles, forms and time limits of "
                                "consultations, provides for an online platform for "
                                "them and sets consequences when consultations are "
                                "skipped. It covers both state policy and local "
                                "matters.</p><p>However, the law is <b>not yet in "
                                "force</b>: it will take effect 12 months after "
                                "martial law is ended or lifted.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Which public spaces in your district should be "
                                    "discussed with residents? Who must be invited to "
                                    "such a consultation?"
                                ),
                                "teacher_note": (
                                    "Ask pupils to list the groups whose views need to "
                                    "be heard: children, older people, people with "
                                    "disabilities, café owners and so on. This shows "
                                    "that a consultation is more than a majority vote."
                                ),
                            },
                        ),
                    ],
                },
            },
        ],
    },
    # 2. E-petitions and Kyiv Digital
    {
        "slug": "e-petitions-kyiv-digital",
        "audiences": ["school", "university", "vocational"],
        "estimated_hours": "1.0",
        "pd_hours": None,
        "ects_credits": None,
        "prerequisites": [],
        "cover": {"motif": "petition", "colour": "#7a1f5c"},
        "uk": {
            "title": "Електронні петиції і застосунок «Київ Цифровий»",
            "summary": (
                "Як працюють петиції до Київради, що відбувається після 6000 підписів "
                "і які інструменти участі має застосунок «Київ Цифровий»."
            ),
            "age_guidance": "8–11 класи, студенти коледжів і університетів",
            "topics": ["електронні петиції", "київ цифровий", "громадський бюджет"],
            "outcomes": [
                (
                    "Після модуля ви зможете пояснити, скільки підписів і за який час "
                    "потрібно для петиції до Київради і для петиції до центральної "
                    "влади."
                ),
                (
                    "Після модуля ви зможете розповісти, що відбувається, коли петиція "
                    "набирає потрібну кількість підписів."
                ),
                (
                    "Після модуля ви зможете відрізнити петицію, дорадче опитування і "
                    "голосування за громадський бюджет."
                ),
                "Після модуля ви зможете оцінити, чи добре сформульована петиція.",
            ],
            "teacher_guide": (
                "<p>Модуль розраховано на один урок (45 хвилин). Перші два уроки про "
                "петиції можна пройти разом, а урок про «Київ Цифровий» — окремо, "
                "наприклад як домашнє читання.</p><ul><li>Перед уроком відкрийте <a "
                'href="https://petition.kyivcity.gov.ua">petition.kyivcity.gov.ua</a>'
                " і виберіть одну петицію з опублікованою відповіддю, щоб показати її "
                "класу.</li><li>Не просіть учнів підписувати справжні петиції чи "
                "проходити опитування на уроці: це їхнє особисте рішення, і для нього "
                "потрібна ідентифікація.</li><li>Найчастіша помилка — змішування "
                "порогів: 6000 підписів за 60 днів для Київради і 25 000 за три місяці "
                "для центральної влади.</li></ul>"
            ),
            "cover_alt": (
                "Обкладинка модуля «Електронні петиції і застосунок «Київ Цифровий»»: "
                "пласка ілюстрація з аркушем петиції, рядками підписів і смартфоном."
            ),
        },
        "en": {
            "title": "E-petitions and the Kyiv Digital app",
            "summary": (
                "How petitions to Kyiv City Council work, what happens after 6,000 "
                "signatures, and which participation tools the Kyiv Digital app offers."
            ),
            "age_guidance": "Grades 8–11, college and university students",
            "topics": ["e-petitions", "kyiv digital", "participatory budget"],
            "outcomes": [
                (
                    "After this module you will be able to explain how many "
                    "signatures, and within what time, a petition to Kyiv City Council "
                    "and a petition to the national authorities need."
                ),
                (
                    "After this module you will be able to describe what happens when "
                    "a petition reaches the required number of signatures."
                ),
                (
                    "After this module you will be able to tell a petition, an "
                    "advisory poll and a participatory-budget vote apart."
                ),
                (
                    "After this module you will be able to judge whether a petition is "
                    "well written."
                ),
            ],
            "teacher_guide": (
                "<p>The module fits one lesson (45 minutes). The two lessons on "
                "petitions can be taken together, and the lesson on Kyiv Digital "
                "separately, for example as reading at home.</p><ul><li>Before the "
                'lesson, open <a href="https://petition.kyivcity.gov.ua">'
                "petition.kyivcity.gov.ua</a> and choose one petition with a published "
                "answer to show the class.</li><li>Do not ask pupils to sign real "
                "petitions or answer polls during the lesson: that is their personal "
                "decision, and it requires identification.</li><li>The most common "
                "mistake is mixing up thresholds: 6,000 signatures in 60 days for Kyiv "
                "City Council, 25,000 in three months for the national "
                "authorities.</li></ul>"
            ),
            "cover_alt": (
                "Cover of the module “E-petitions and the Kyiv Digital app”: a flat "
                "illustration of a petition sheet with lines of signatures and a "
                "smartphone."
            ),
        },
        "lessons": [
            {
                "slug": "kyiv-petitions",
                "minutes": 9,
                "uk": {
                    "title": "Як працюють петиції до Київради",
                    "intro": (
                        "Електронна петиція — один із найпростіших способів привернути "
                        "увагу міської влади до проблеми. Але вона має чіткі правила."
                    ),
                    "body": [
                        (
                            "image",
                            {
                                "motif": "petition",
                                "alt": (
                                    "Пласка ілюстрація: аркуш петиції з рядками "
                                    "підписів, поруч смартфон."
                                ),
                                "caption": (
                                    "Петиція набирає силу, коли її підтримує достатньо "
                                    "людей."
                                ),
                            },
                        ),
                        ("heading", "Де подають петиції і за якими правилами"),
                        (
                            "paragraph",
                            (
                                "<p>Петиції до Київської міської ради подають і "
                                'підписують на сайті <a href="'
                                'https://petition.kyivcity.gov.ua">'
                                "petition.kyivcity.gov.ua</a>. Портал повноцінно "
                                "працює з 2 листопада 2015 року. Правила записано в "
                                "Положенні про порядок подання та розгляду електронних "
                                "петицій: це рішення Київради від 8 жовтня 2015 року № "
                                "103/2006 у редакції рішення від 10 червня 2021 року № "
                                "1439/1480.</p>"
                            ),
                        ),
                        ("glossary", "e-petition"),
                        ("heading", "Скільки потрібно підписів"),
                        (
                            "paragraph",
                            (
                                "<p>З 10 червня 2021 року петиція до Київради має "
                                "зібрати <b>6000 підписів протягом 60 календарних "
                                "днів</b>. Місто пояснювало, що це приблизно 0,2% "
                                "населення, або 100 підписів на день. Така вимога "
                                "діяла й наприкінці 2025 року.</p><p>У старих статтях "
                                "можна натрапити на інше число: з 2015 до 2021 року "
                                "потрібно було 10 000 підписів за три місяці. Ці "
                                "правила вже не діють.</p><p>60 днів — це приблизно "
                                "два місяці, тож авторам петиції варто заздалегідь "
                                "продумати, як розповісти про неї людям: у школі, "
                                "серед сусідів, у соцмережах.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Не змішуйте числа",
                                "text": (
                                    "<p>Петиції до Президента, Верховної Ради чи "
                                    "Кабінету Міністрів мають інший поріг: 25 000 "
                                    "підписів не більш як за три місяці. Для петиції "
                                    "до Київради — 6000 підписів за 60 днів. Варіанти "
                                    "на кшталт «6000 за 90 днів» неправильні.</p>"
                                ),
                            },
                        ),
                        ("heading", "Як підписати петицію"),
                        (
                            "paragraph",
                            (
                                "<p>Щоб підписати петицію, треба підтвердити свою "
                                "особу. Для цього можна скористатися обліковим записом "
                                "на сайті Київради, Карткою киянина, BankID, MobileID "
                                "або електронним підписом. Так місто перевіряє, що за "
                                "петицією стоять реальні люди, а не вигадані облікові "
                                "записи. На порталі також видно, скільки підписів уже "
                                "зібрала кожна петиція.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Чому, на вашу думку, поріг для петиції до "
                                    "Київради нижчий, ніж для петиції до центральної "
                                    "влади? Чи справедливо це?"
                                ),
                                "teacher_note": (
                                    "Підведіть учнів до думки, що поріг пов'язаний з "
                                    "кількістю людей, яких стосується рішення. Кожна "
                                    "громада встановлює свій поріг: наприклад, Харків "
                                    "у грудні 2015 року визначив 5000 підписів."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "How petitions to Kyiv City Council work",
                    "intro": (
                        "An e-petition is one of the simplest ways to draw the city "
                        "authorities' attention to a problem. But it comes with clear "
                        "rules."
                    ),
                    "body": [
                        (
                            "image",
                            {
                                "motif": "petition",
                                "alt": (
                                    "A flat illustration: a petition sheet with lines "
                                    "of signatures, with a smartphone next to it."
                                ),
                                "caption": (
                                    "A petition gains strength when enough people "
                                    "support it."
                                ),
                            },
                        ),
                        ("heading", "Where petitions are filed and under which rules"),
                        (
                            "paragraph",
                            (
                                "<p>Petitions to Kyiv City Council are filed and "
                                'signed at <a href="https://petition.kyivcity.gov.ua"'
                                ">petition.kyivcity.gov.ua</a>. The portal has been "
                                "fully running since 2 November 2015. The rules are "
                                "set out in the Regulation on submitting and "
                                "considering e-petitions: Kyiv City Council decision "
                                "No. 103/2006 of 8 October 2015, as worded by decision "
                                "No. 1439/1480 of 10 June 2021.</p>"
                            ),
                        ),
                        ("glossary", "e-petition"),
                        ("heading", "How many signatures are needed"),
                        (
                            "paragraph",
                            (
                                "<p>Since 10 June 2021, a petition to Kyiv City "
                                "Council has needed <b>6,000 signatures within 60 "
                                "calendar days</b>. The city explained this as about "
                                "0.2% of the population, or 100 signatures a day. The "
                                "requirement still applied at the end of "
                                "2025.</p><p>Older articles may give a different "
                                "number: from 2015 to 2021, 10,000 signatures in three "
                                "months were needed. Those rules no longer "
                                "apply.</p><p>Sixty days is about two months, so a "
                                "petition's authors should plan in advance how to tell "
                                "people about it: at school, among neighbours, on "
                                "social media.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Don't mix up the numbers",
                                "text": (
                                    "<p>Petitions to the President, the Verkhovna Rada "
                                    "or the Cabinet of Ministers have a different "
                                    "threshold: 25,000 signatures within at most three "
                                    "months. A petition to Kyiv City Council needs "
                                    "6,000 signatures in 60 days. Versions such as "
                                    "“6,000 in 90 days” are wrong.</p>"
                                ),
                            },
                        ),
                        ("heading", "How to sign a petition"),
                        (
                            "paragraph",
                            (
                                "<p>To sign a petition, you have to confirm who you "
                                "are. You can do this with an account on the Kyiv City "
                                "Council website, the Kyiv resident card (Картка "
                                "киянина), BankID, MobileID or an electronic "
                                "signature. This is how the city checks that real "
                                "people, not invented accounts, stand behind a "
                                "petition. The portal also shows how many signatures "
                                "each petition has collected so far.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Why do you think the threshold for a petition to "
                                    "Kyiv City Council is lower than for a petition to "
                                    "the national authorities? Is that fair?"
                                ),
                                "teacher_note": (
                                    "Guide pupils to the idea that the threshold is "
                                    "linked to the number of people a decision "
                                    "affects. Each community sets its own threshold: "
                                    "for example, Kharkiv set 5,000 signatures in "
                                    "December 2015."
                                ),
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "after-the-threshold",
                "minutes": 9,
                "uk": {
                    "title": "Що відбувається після 6000 підписів",
                    "intro": (
                        "Зібрані підписи — це ще не перемога, а початок розгляду. "
                        "Дізнайтеся, хто відповідає на петицію і в які строки."
                    ),
                    "body": [
                        ("heading", "Хто розглядає петицію"),
                        (
                            "paragraph",
                            (
                                "<p>Коли петиція набирає потрібну кількість підписів, "
                                "київський міський голова доручає її розглянути "
                                "відповідним посадовим особам КМДА і постійним "
                                "комісіям Київради. Потім посадова особа розглядає "
                                "петицію і публікує вмотивовану відповідь: що місто "
                                "зробить або чому не може виконати "
                                "вимогу.</p><p>Наприклад, петицію № 12505 міський "
                                "голова доручив розглянути 31 жовтня 2023 року, а "
                                "відповідь на неї опублікували 6 листопада 2023 "
                                "року.</p><p>Розглянути петицію мають <b>протягом 10 "
                                "робочих днів</b> від дня, коли оприлюднено інформацію "
                                "про початок її розгляду.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Поріг — не гарантія",
                                "text": (
                                    "<p>6000 підписів означають, що петицію "
                                    "обов'язково розглянуть і дадуть на неї відповідь. "
                                    "Вони не означають, що вимогу виконають. Відповідь "
                                    "може бути й такою: «не підтримано». Петиції і "
                                    "відповіді на них можна переглянути на самому "
                                    "порталі.</p>"
                                ),
                            },
                        ),
                        ("heading", "Петиції до центральної влади"),
                        (
                            "paragraph",
                            (
                                "<p>Окремо існують електронні петиції до Президента, "
                                "Верховної Ради і Кабінету Міністрів. Їх запровадив "
                                "Закон № 577-VIII від 2 липня 2015 року, який доповнив "
                                "Закон «Про звернення громадян» і набрав чинності 28 "
                                "жовтня 2015 року. Такі петиції мають зібрати 25 000 "
                                "підписів не більш як за три місяці, а розглянути їх "
                                "теж мають протягом 10 робочих днів. Тому важливо "
                                "правильно обрати адресата: немає сенсу вимагати в "
                                "петиції до Київради рішення, яке ухвалює, наприклад, "
                                "Верховна Рада.</p>"
                            ),
                        ),
                        ("heading", "Як написати сильну петицію"),
                        (
                            "paragraph",
                            (
                                "<ul><li>Адресуйте вимогу тому, хто справді може її "
                                "виконати: міські питання — Київраді, загальнодержавні "
                                "— центральній владі.</li><li>Сформулюйте одну чітку "
                                "вимогу, а не список усього, що "
                                "турбує.</li><li>Поясніть проблему фактами: де, коли і "
                                "кого вона стосується.</li><li>Запропонуйте "
                                "реалістичне рішення.</li><li>Перевірте, чи немає вже "
                                "схожої петиції, яку можна підтримати.</li><li>Пишіть "
                                "ввічливо і без образ: петицію читатимуть і ті, хто з "
                                "вами не згоден.</li></ul>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Петиція набрала 6000 підписів, але отримала "
                                    "відповідь «не підтримано». Чи була вона марною? "
                                    "Що ще можуть зробити її автори?"
                                ),
                                "teacher_note": (
                                    "Допоможіть учням побачити, що публічна відповідь "
                                    "— теж результат: влада мусить пояснити свою "
                                    "позицію, а автори можуть спиратися на неї в "
                                    "наступних кроках (звернення до депутатів, участь "
                                    "у консультаціях, розповідь у медіа). Не давайте "
                                    "оцінок конкретним посадовцям."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "What happens after 6,000 signatures",
                    "intro": (
                        "Collecting the signatures is not yet a victory; it is the "
                        "start of consideration. Find out who answers a petition and "
                        "by when."
                    ),
                    "body": [
                        ("heading", "Who considers a petition"),
                        (
                            "paragraph",
                            (
                                "<p>When a petition reaches the required number of "
                                "signatures, the mayor of Kyiv assigns it to the "
                                "relevant KCSA officials and to the relevant standing "
                                "committees of Kyiv City Council. An official then "
                                "considers the petition and publishes a reasoned "
                                "answer: what the city will do, or why it cannot meet "
                                "the demand.</p><p>For example, the mayor assigned "
                                "petition No. 12505 for consideration on 31 October "
                                "2023, and the answer to it was published on 6 "
                                "November 2023.</p><p>The petition must be considered "
                                "<b>within 10 working days</b> of the day the start of "
                                "its consideration is made public.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "The threshold is not a guarantee",
                                "text": (
                                    "<p>6,000 signatures mean that the petition must "
                                    "be considered and answered. They do not mean that "
                                    "the demand will be met. The answer can also be "
                                    "“not supported”. You can read petitions and the "
                                    "answers to them on the portal itself.</p>"
                                ),
                            },
                        ),
                        ("heading", "Petitions to the national authorities"),
                        (
                            "paragraph",
                            (
                                "<p>There are also e-petitions to the President, the "
                                "Verkhovna Rada and the Cabinet of Ministers. They "
                                "were introduced by Law No. 577-VIII of 2 July 2015, "
                                "which amended the Law “On Citizens' Appeals” and came "
                                "into force on 28 October 2015. Such petitions need "
                                "25,000 signatures within at most three months, and "
                                "they too must be considered within 10 working days. "
                                "That is why choosing the right addressee matters: "
                                "there is no point in asking Kyiv City Council, in a "
                                "petition, for a decision that is taken, for example, "
                                "by the Verkhovna Rada.</p>"
                            ),
                        ),
                        ("heading", "How to write a strong petition"),
                        (
                            "paragraph",
                            (
                                "<ul><li>Address your demand to whoever can actually "
                                "meet it: city matters to Kyiv City Council, national "
                                "ones to the national authorities.</li><li>State one "
                                "clear demand rather than a list of everything that "
                                "worries you.</li><li>Explain the problem with facts: "
                                "where, when and whom it affects.</li><li>Propose a "
                                "realistic solution.</li><li>Check whether a similar "
                                "petition already exists that you could "
                                "support.</li><li>Write politely and without insults: "
                                "people who disagree with you will read the petition "
                                "too.</li></ul>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "A petition gathered 6,000 signatures but received "
                                    "the answer “not supported”. Was it pointless? "
                                    "What else can its authors do?"
                                ),
                                "teacher_note": (
                                    "Help pupils see that a public answer is a result "
                                    "too: the authorities have to explain their "
                                    "position, and the authors can build on it in "
                                    "their next steps (writing to councillors, joining "
                                    "consultations, telling the media). Do not pass "
                                    "judgement on particular officials."
                                ),
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "kyiv-digital",
                "minutes": 10,
                "uk": {
                    "title": (
                        "«Київ Цифровий»: опитування, петиції і громадський бюджет"
                    ),
                    "intro": (
                        "Міський застосунок об'єднує кілька інструментів електронної "
                        "демократії. Розберімося, що може кожен з них і чого не може."
                    ),
                    "body": [
                        ("heading", "Що таке «Київ Цифровий»"),
                        (
                            "paragraph",
                            (
                                "<p>«Київ Цифровий» — застосунок міста, який створює і "
                                "підтримує комунальне підприємство ГІОЦ (Головний "
                                "інформаційно-обчислювальний центр). Він з'явився на "
                                "початку 2021 року і замінив попередній застосунок "
                                "Kyiv Smart City, права на код і торговельну марку "
                                "якого, за словами міста, належали громадській "
                                "організації, а не місту. Не плутайте «Київ Цифровий» "
                                "і з «Дією» — це державний застосунок.</p><p>За даними "
                                "міської влади (квітень 2024 року), застосунком "
                                "користувалися близько 2,6 мільйона людей.</p>"
                            ),
                        ),
                        ("heading", "Три інструменти участі"),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>Голосування за громадський бюджет</b> — з "
                                "17 серпня 2021 року. Того року в застосунку "
                                "проголосували близько 100 тисяч "
                                "людей.</li><li><b>Опитування</b> в розділі "
                                "«Електронна демократія» — з червня 2022 року. Перше "
                                "стосувалося перейменування близько 300 вулиць, назви "
                                "яких пов'язані з Росією. Для участі потрібен "
                                "BankID.</li><li><b>Петиції</b> — з 16 серпня 2022 "
                                "року. У застосунку петиції можна переглядати, "
                                "підписувати, стежити за ними й ділитися ними через "
                                "посилання або QR-код. Для підпису теж потрібен "
                                "BankID.</li></ul><p>Застосунок має й інші способи "
                                "зворотного зв'язку. Наприклад, у червні 2023 року "
                                "через нього почали збирати скарги на стан укриттів, і "
                                "першого ж дня їх надійшло понад тисячу. У 2024 році "
                                "з'явилося електронне голосування для ОСББ.</p>"
                            ),
                        ),
                        ("glossary", "advisory-poll"),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Опитування — не референдум",
                                "text": (
                                    "<p>Результати опитувань у «Київ Цифровому» "
                                    "передають Київській міській раді для розгляду. "
                                    "Вони допомагають депутатам зрозуміти думку людей, "
                                    "але не зобов'язують ухвалити саме таке "
                                    "рішення.</p>"
                                ),
                            },
                        ),
                        ("glossary", "participatory-budget"),
                        (
                            "paragraph",
                            (
                                "<p>За правилами 2021 року голосувати за проєкти "
                                "громадського бюджету могли кияни і ті, хто сплачує "
                                "податки до бюджету Києва, віком від 16 років — на "
                                'сайті <a href="https://gb.kyivcity.gov.ua">'
                                "gb.kyivcity.gov.ua</a> або в застосунку. У 2021 році "
                                "276 793 учасники віддали 726 519 голосів. Цикл 2023 "
                                "року обірвався через повномасштабне вторгнення, тож "
                                "чи відбудеться новий конкурс і коли, перевіряйте на "
                                "сайті громадського бюджету.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Чим відрізняються підпис під петицією, відповідь "
                                    "в опитуванні і голос за проєкт громадського "
                                    "бюджету? Який інструмент ви обрали б для ідеї "
                                    "облаштувати спортивний майданчик біля школи?"
                                ),
                                "teacher_note": (
                                    "Складіть на дошці таблицю з трьох стовпців: хто "
                                    "ініціює, що відбувається з результатом, чи "
                                    "зобов'язує це владу. Нагадайте, що учні, молодші "
                                    "за 16 років, теж можуть обговорювати ідеї і "
                                    "розповідати про них іншим."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": (
                        "Kyiv Digital: polls, petitions and the participatory budget"
                    ),
                    "intro": (
                        "The city app brings together several e-democracy tools. Let's "
                        "see what each of them can and cannot do."
                    ),
                    "body": [
                        ("heading", "What Kyiv Digital is"),
                        (
                            "paragraph",
                            (
                                "<p>Kyiv Digital (Київ Цифровий) is the city's app, "
                                "built and run by the municipal enterprise ГІОЦ (the "
                                "Main Information and Computing Centre). It appeared "
                                "in early 2021 and replaced the earlier Kyiv Smart "
                                "City app, whose code and trademark, according to the "
                                "city, belonged to an NGO rather than to the city. Do "
                                "not confuse Kyiv Digital with Diia either: Diia is "
                                "the national state app.</p><p>According to the city "
                                "authorities (April 2024), about 2.6 million people "
                                "used the app.</p>"
                            ),
                        ),
                        ("heading", "Three participation tools"),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>Voting for the participatory budget</b>, "
                                "since 17 August 2021. That year about 100,000 people "
                                "voted in the app.</li><li><b>Polls</b> in the "
                                "“E-democracy” section, since June 2022. The first one "
                                "was about renaming about 300 streets whose names are "
                                "linked to Russia. BankID is required to take "
                                "part.</li><li><b>Petitions</b>, since 16 August 2022. "
                                "In the app you can view petitions, sign them, follow "
                                "their progress and share them by link or QR code. "
                                "Signing also requires BankID.</li></ul><p>The app "
                                "offers other ways to give feedback too. For example, "
                                "in June 2023 it began collecting complaints about the "
                                "state of bomb shelters, and more than a thousand "
                                "arrived on the first day. In 2024, e-voting for "
                                "condominium associations (ОСББ) was added.</p>"
                            ),
                        ),
                        ("glossary", "advisory-poll"),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "A poll is not a referendum",
                                "text": (
                                    "<p>The results of polls in Kyiv Digital are "
                                    "passed to Kyiv City Council to consider. They "
                                    "help councillors understand what people think, "
                                    "but they do not oblige the Council to decide "
                                    "accordingly.</p>"
                                ),
                            },
                        ),
                        ("glossary", "participatory-budget"),
                        (
                            "paragraph",
                            (
                                "<p>Under the 2021 rules, Kyiv residents and people "
                                "who pay taxes into Kyiv's budget, aged 16 or over, "
                                "could vote for participatory-budget projects at <a "
                                'href="https://gb.kyivcity.gov.ua">'
                                "gb.kyivcity.gov.ua</a> or in the app. In 2021, "
                                "276,793 participants cast 726,519 votes. The 2023 "
                                "cycle was cut short by the full-scale invasion, so "
                                "check the participatory-budget website to see whether "
                                "and when a new round will take place.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "How do a signature on a petition, an answer in a "
                                    "poll and a vote for a participatory-budget "
                                    "project differ? Which tool would you choose for "
                                    "an idea to build a sports ground next to your "
                                    "school?"
                                ),
                                "teacher_note": (
                                    "Draw a three-column table on the board: who "
                                    "starts it, what happens to the result, whether it "
                                    "binds the authorities. Remind pupils under 16 "
                                    "that they can still discuss ideas and tell others "
                                    "about them."
                                ),
                            },
                        ),
                    ],
                },
            },
        ],
    },
    # 3. Open data and the Open Government Partnership
    {
        "slug": "open-government-open-data",
        "audiences": ["school", "university", "vocational"],
        "estimated_hours": "1.0",
        "pd_hours": None,
        "ects_credits": None,
        "prerequisites": [],
        "cover": {"motif": "data", "colour": "#1d5c4b"},
        "uk": {
            "title": "Відкриті дані і Партнерство «Відкритий Уряд»",
            "summary": (
                "Що таке Партнерство «Відкритий Уряд», які зобов'язання Київ узяв у "
                "плані дій на 2025–2026 роки і як знайти та використати відкриті дані "
                "міста."
            ),
            "age_guidance": "8–11 класи, студенти коледжів і університетів",
            "topics": ["відкритий уряд", "відкриті дані", "прозорість"],
            "outcomes": [
                (
                    "Після модуля ви зможете пояснити, що таке Партнерство «Відкритий "
                    "Уряд» і програма OGP Local."
                ),
                (
                    "Після модуля ви зможете пояснити, чим участь України в OGP з 2011 "
                    "року відрізняється від першого плану дій Києва на 2025–2026 роки."
                ),
                (
                    "Після модуля ви зможете назвати кілька зобов'язань Києва з плану "
                    "дій на 2025–2026 роки."
                ),
                (
                    "Після модуля ви зможете знайти набір даних на data.gov.ua, "
                    "перевірити, хто і коли його оприлюднив, і правильно послатися на "
                    "джерело."
                ),
            ],
            "teacher_guide": (
                "<p>Модуль розраховано на один-два уроки. Перші два уроки (про OGP і "
                "план дій Києва) добре пройти разом, а третій урок про відкриті дані "
                "найкраще працює в комп'ютерному класі або з телефонами в "
                "парах.</p><ul><li>Перед уроком відкрийте <a "
                'href="https://data.gov.ua">data.gov.ua</a> і знайдіть один-два '
                "набори даних, які публікує КМДА, щоб мати запасний "
                "приклад.</li><li>Попросіть учнів завжди записувати джерело і дату "
                "оновлення даних.</li><li>Кількість учасників OGP змінюється; якщо "
                "учні питають про неї, разом перевірте актуальну сторінку на "
                "opengovpartnership.org і назвіть дату.</li></ul>"
            ),
            "cover_alt": (
                "Обкладинка модуля «Відкриті дані і Партнерство «Відкритий Уряд»»: "
                "пласка ілюстрація з таблицею, стовпчиковою діаграмою і лупою."
            ),
        },
        "en": {
            "title": "Open data and the Open Government Partnership",
            "summary": (
                "What the Open Government Partnership is, which commitments Kyiv made "
                "in its 2025–2026 action plan, and how to find and use the city's open "
                "data."
            ),
            "age_guidance": "Grades 8–11, college and university students",
            "topics": ["open government", "open data", "transparency"],
            "outcomes": [
                (
                    "After this module you will be able to explain what the Open "
                    "Government Partnership and the OGP Local programme are."
                ),
                (
                    "After this module you will be able to explain how Ukraine's "
                    "membership of OGP since 2011 differs from Kyiv's first action "
                    "plan for 2025–2026."
                ),
                (
                    "After this module you will be able to name several of Kyiv's "
                    "commitments in its 2025–2026 action plan."
                ),
                (
                    "After this module you will be able to find a data set on "
                    "data.gov.ua, check who published it and when, and credit the "
                    "source correctly."
                ),
            ],
            "teacher_guide": (
                "<p>The module takes one or two lessons. The first two lessons (on OGP "
                "and Kyiv's action plan) work well together, and the third lesson, on "
                "open data, works best in a computer room or with phones in "
                "pairs.</p><ul><li>Before the lesson, open <a "
                'href="https://data.gov.ua">data.gov.ua</a> and find one or two data '
                "sets published by the KCSA, so that you have a back-up "
                "example.</li><li>Ask pupils to always note the source and the date "
                "the data were last updated.</li><li>The number of OGP members "
                "changes; if pupils ask, check the current page on "
                "opengovpartnership.org together and give the date.</li></ul>"
            ),
            "cover_alt": (
                "Cover of the module “Open data and the Open Government Partnership”: "
                "a flat illustration of a table, a bar chart and a magnifying glass."
            ),
        },
        "lessons": [
            {
                "slug": "what-is-ogp",
                "minutes": 10,
                "uk": {
                    "title": "Що таке Партнерство «Відкритий Уряд»",
                    "intro": (
                        "Відкрита влада тримається на трьох ідеях: прозорості, "
                        "підзвітності та участі. Міжнародне партнерство допомагає "
                        "урядам і містам втілювати їх у конкретних кроках."
                    ),
                    "body": [
                        (
                            "image",
                            {
                                "motif": "city",
                                "alt": (
                                    "Пласка ілюстрація міського кварталу: будинки, "
                                    "дерева і люди на вулиці."
                                ),
                                "caption": (
                                    "Відкрите врядування починається з того, що влада "
                                    "звітує перед людьми і запрошує їх до рішень."
                                ),
                            },
                        ),
                        ("heading", "Як виникло партнерство"),
                        (
                            "paragraph",
                            (
                                "<p>Партнерство «Відкритий Уряд» (англійською Open "
                                "Government Partnership, OGP) започаткували 20 вересня "
                                "2011 року під час Генеральної Асамблеї ООН. "
                                "Засновниками стали уряди восьми країн: Бразилії, "
                                "Індонезії, Мексики, Норвегії, Філіппін, "
                                "Південно-Африканської Республіки, Великої Британії та "
                                "США.</p><p>OGP — не агенція ООН чи Європейського "
                                "Союзу. Це окрема ініціатива, у якій разом працюють "
                                "уряди і громадські організації: і ті, й інші входять "
                                "до її Керівного комітету. Штаб-квартира партнерства "
                                "розташована у Вашингтоні.</p><p>Три ідеї відкритої "
                                "влади прості. <b>Прозорість</b>: люди бачать, хто "
                                "ухвалює рішення і як витрачають кошти. "
                                "<b>Підзвітність</b>: влада пояснює свої дії і "
                                "відповідає за них. <b>Участь</b>: люди можуть "
                                "впливати на рішення, а не лише дізнаватися про "
                                "них.</p>"
                            ),
                        ),
                        ("glossary", "open-government-partnership"),
                        ("heading", "Україна і OGP Local"),
                        (
                            "paragraph",
                            (
                                "<p>Україна приєдналася до партнерства у 2011 році — "
                                "ідеться про національний уряд. Відтоді він кожні два "
                                "роки готує національні плани дій.</p><p>У 2016 році "
                                "з'явилася програма <b>OGP Local</b> для місцевої "
                                "влади. Спершу в ній було 15 учасників, а у 2022 році "
                                "— вже 106. Першими українськими учасниками OGP Local "
                                "стали Вінниця, Тернопіль і Хмельницький, відібрані у "
                                "2020 році. Згодом до них долучилися Київ, Звягель та "
                                "Оржиця: їхні ради ухвалили плани дій на 2025–2026 "
                                "роки за підтримки Асоціації міст України.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Київ не в OGP з 2011 року",
                                "text": (
                                    "<p>2011 рік стосується України загалом. Перший "
                                    "план дій Києва в OGP Local охоплює 2025–2026 "
                                    "роки. Кількість учасників партнерства теж "
                                    "змінюється: 16 квітня 2024 року OGP оголосило про "
                                    "55 нових місцевих учасників, які приєдналися до "
                                    "75 країн і понад 100 місцевих урядів. Актуальні "
                                    "дані шукайте на opengovpartnership.org.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Подати заявку до OGP Local може місцева влада з "
                                "країни-учасниці партнерства. Робити це треба разом "
                                "щонайменше з одним неурядовим партнером і з листом "
                                "підтримки від голови громади. Місто також має "
                                "показати свій досвід реформ відкритого врядування, а "
                                "до кінця повноважень його влади має лишатися "
                                "щонайменше 16 місяців.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Чому, на вашу думку, в OGP уряди мають працювати "
                                    "разом із громадськими організаціями, а не "
                                    "самостійно?"
                                ),
                                "teacher_note": (
                                    "Підведіть учнів до ідеї взаємної перевірки: "
                                    "громадянське суспільство допомагає сформулювати "
                                    "зобов'язання і стежить за їх виконанням. Можна "
                                    "попросити приклад зі шкільного життя, коли "
                                    "спільне планування дало кращий результат."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "What the Open Government Partnership is",
                    "intro": (
                        "Open government rests on three ideas: transparency, "
                        "accountability and participation. An international "
                        "partnership helps governments and cities turn them into "
                        "concrete steps."
                    ),
                    "body": [
                        (
                            "image",
                            {
                                "motif": "city",
                                "alt": (
                                    "A flat illustration of a city block: buildings, "
                                    "trees and people in the street."
                                ),
                                "caption": (
                                    "Open government starts when the authorities "
                                    "report to people and invite them into decisions."
                                ),
                            },
                        ),
                        ("heading", "How the partnership began"),
                        (
                            "paragraph",
                            (
                                "<p>The Open Government Partnership (OGP; in "
                                "Ukrainian, Партнерство «Відкритий Уряд») was launched "
                                "on 20 September 2011, alongside the UN General "
                                "Assembly. Its founders were the governments of eight "
                                "countries: Brazil, Indonesia, Mexico, Norway, the "
                                "Philippines, South Africa, the United Kingdom and the "
                                "United States.</p><p>OGP is not an agency of the UN "
                                "or the European Union. It is a separate initiative in "
                                "which governments and civil society organisations "
                                "work together: both sit on its Steering Committee. "
                                "The partnership's headquarters are in Washington, "
                                "D.C.</p><p>The three ideas of open government are "
                                "simple. <b>Transparency</b>: people can see who makes "
                                "decisions and how money is spent. "
                                "<b>Accountability</b>: the authorities explain what "
                                "they do and answer for it. <b>Participation</b>: "
                                "people can influence decisions, not just hear about "
                                "them.</p>"
                            ),
                        ),
                        ("glossary", "open-government-partnership"),
                        ("heading", "Ukraine and OGP Local"),
                        (
                            "paragraph",
                            (
                                "<p>Ukraine joined the partnership in 2011; this means "
                                "the national government. Since then it has prepared a "
                                "national action plan every two years.</p><p>In 2016 "
                                "OGP launched <b>OGP Local</b>, a programme for local "
                                "governments. It started with 15 members and had 106 "
                                "by 2022. The first Ukrainian members of OGP Local "
                                "were Vinnytsia, Ternopil and Khmelnytskyi, selected "
                                "in 2020. Later Kyiv, Zviahel and Orzhytsia joined "
                                "them: their councils approved action plans for "
                                "2025–2026 with support from the Association of "
                                "Ukrainian Cities.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Kyiv has not been in OGP since 2011",
                                "text": (
                                    "<p>The year 2011 refers to Ukraine as a whole. "
                                    "Kyiv's first OGP Local action plan covers "
                                    "2025–2026. The number of members changes too: on "
                                    "16 April 2024, OGP announced 55 new local "
                                    "members, joining 75 countries and over 100 local "
                                    "governments. Look for current figures on "
                                    "opengovpartnership.org.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>A local government from a country that is a member "
                                "of the partnership can apply to OGP Local. It must "
                                "apply together with at least one non-governmental "
                                "partner and with a letter of support from the head of "
                                "the local government. The city also has to show its "
                                "record of open-government reform, and its government "
                                "must have at least 16 months left in its term.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Why do you think governments in OGP have to work "
                                    "together with civil society organisations rather "
                                    "than on their own?"
                                ),
                                "teacher_note": (
                                    "Guide pupils to the idea of checks in both "
                                    "directions: civil society helps to shape the "
                                    "commitments and keeps track of whether they are "
                                    "delivered. You can ask for an example from school "
                                    "life where planning together led to a better "
                                    "result."
                                ),
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "kyiv-action-plan",
                "minutes": 10,
                "uk": {
                    "title": "План дій Києва на 2025–2026 роки",
                    "intro": (
                        "План дій — це набір конкретних обіцянок, виконання яких можна "
                        "перевірити. Подивімося, що пообіцяв Київ."
                    ),
                    "body": [
                        ("heading", "Що таке план дій"),
                        (
                            "paragraph",
                            (
                                "<p>План дій OGP влада не пише сама: його створюють "
                                "разом із громадянським суспільством. Кожен пункт "
                                "плану — це <b>зобов'язання</b> з чітким завданням, "
                                "строками і відповідальними. Незалежний механізм "
                                "звітування OGP (IRM) оцінює план, і це допомагає "
                                "стежити, щоб обіцянки не лишалися на папері.</p>"
                            ),
                        ),
                        ("glossary", "action-plan"),
                        ("heading", "Хто виконує план Києва"),
                        (
                            "paragraph",
                            (
                                "<p>Київ подав свій план дій 25 лютого 2025 року, і "
                                "розраховано його до грудня 2026 року. За виконання "
                                "відповідають кілька департаментів КМДА (суспільних "
                                "комунікацій, освіти і науки, "
                                "інформаційно-комунікаційних технологій, охорони "
                                "культурної спадщини), комунальні підприємства «Центр "
                                "комунікації» і ГІОЦ, міський науково-дослідний "
                                "інститут соціально-економічного розвитку, Київський "
                                "столичний університет імені Бориса Грінченка разом з "
                                "його Інститутом післядипломної освіти, а також "
                                "районні адміністрації.</p>"
                            ),
                        ),
                        ("heading", "Зобов'язання, які варто знати"),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>UAIEV0001</b> — інтерактивні курси "
                                "громадянської освіти в школах, закладах професійної "
                                "освіти та університетах, щоб залучати молодь до "
                                "міської політики (лютий 2025 – грудень 2026). "
                                "Головний виконавець — Департамент освіти і науки, "
                                "разом з Університетом Грінченка, молодіжною радою "
                                "Києва, київським Пластом і громадськими "
                                "організаціями. Курси на кшталт цього — саме про це "
                                "зобов'язання.</li><li><b>UAIEV0002</b> — модуль про "
                                "пам'ятки культурної спадщини Києва в міській "
                                "інформаційній системі управління майном (лютий 2025 – "
                                "червень 2026).</li><li><b>UAIEV0004</b> — положення "
                                "про порядок проведення публічних консультацій у Києві "
                                "(лютий 2025 – жовтень 2026).</li><li><b>UAIEV0005</b> "
                                "— розширення мережі Vcentri HUB і покращення її "
                                "роботи (лютий 2025 – грудень 2026).</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Не весь план у цьому уроці",
                                "text": (
                                    "<p>У плані є й інші пункти, наприклад UAIEV0003, "
                                    "які цей урок не описує. Повний і актуальний "
                                    "перелік зобов'язань та стан їх виконання дивіться "
                                    "на сторінці Києва на opengovpartnership.org.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Не плутайте цей план з подіями 2014 року. Тоді "
                                "розпорядження Кабінету Міністрів № 1176-р від 26 "
                                "листопада 2014 року зобов'язало обласні та Київську "
                                "міську державні адміністрації ухвалити власні плани "
                                "виконання <i>національного</i> плану OGP. Це була "
                                "частина національного процесу, а не участь Києва в "
                                "OGP Local.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Оберіть одне із зобов'язань Києва. Як звичайний "
                                    "мешканець чи учень міг би перевірити, чи його "
                                    "виконано?"
                                ),
                                "teacher_note": (
                                    "Нехай групи придумають 2–3 ознаки виконання: "
                                    "ухвалений документ, відкритий новий простір, "
                                    "курси в школах тощо. Так учні тренують навичку "
                                    "громадського моніторингу."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Kyiv's action plan for 2025–2026",
                    "intro": (
                        "An action plan is a set of concrete promises whose delivery "
                        "can be checked. Let's see what Kyiv has promised."
                    ),
                    "body": [
                        ("heading", "What an action plan is"),
                        (
                            "paragraph",
                            (
                                "<p>The authorities do not write an OGP action plan on "
                                "their own: they create it together with civil "
                                "society. Each item in the plan is a <b>commitment</b> "
                                "with a clear task, deadlines and people responsible. "
                                "OGP's Independent Reporting Mechanism (IRM) reviews "
                                "the plan, which helps to make sure the promises do "
                                "not stay on paper.</p>"
                            ),
                        ),
                        ("glossary", "action-plan"),
                        ("heading", "Who carries out Kyiv's plan"),
                        (
                            "paragraph",
                            (
                                "<p>Kyiv submitted its action plan on 25 February "
                                "2025, and it runs until December 2026. Responsibility "
                                "lies with several KCSA departments (Public "
                                "Communications, Education and Science, Information "
                                "and Communication Technologies, Cultural Heritage "
                                "Protection), the municipal enterprises “Communication "
                                "Centre” (Центр комунікації) and ГІОЦ, the city's "
                                "Research Institute for Social and Economic "
                                "Development, Borys Grinchenko Kyiv Metropolitan "
                                "University together with its Institute of "
                                "Postgraduate Education, and the district "
                                "administrations.</p>"
                            ),
                        ),
                        ("heading", "Commitments worth knowing"),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>UAIEV0001</b>: interactive civic-education "
                                "courses in schools, vocational colleges and "
                                "universities to involve young people in city policy "
                                "(February 2025 – December 2026). The lead is the "
                                "Department of Education and Science, working with "
                                "Grinchenko University, the Kyiv city youth council, "
                                "Kyiv Plast and NGOs. Courses like this one are "
                                "exactly what this commitment is "
                                "about.</li><li><b>UAIEV0002</b>: a module on Kyiv's "
                                "cultural-heritage monuments in the city's "
                                "property-management information system (February 2025 "
                                "– June 2026).</li><li><b>UAIEV0004</b>: a regulation "
                                "on the procedure for holding public consultations in "
                                "Kyiv (February 2025 – October "
                                "2026).</li><li><b>UAIEV0005</b>: expanding the "
                                "Vcentri HUB network and making it work better "
                                "(February 2025 – December 2026).</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Not the whole plan is in this lesson",
                                "text": (
                                    "<p>The plan has other items too, such as "
                                    "UAIEV0003, which this lesson does not describe. "
                                    "For the full, current list of commitments and "
                                    "their progress, see Kyiv's page on "
                                    "opengovpartnership.org.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Do not confuse this plan with what happened in "
                                "2014. That year, Cabinet of Ministers ordinance No. "
                                "1176-р of 26 November 2014 required the regional "
                                "state administrations and the Kyiv City State "
                                "Administration to adopt their own plans for carrying "
                                "out the <i>national</i> OGP plan. That was part of "
                                "the national process, not Kyiv taking part in OGP "
                                "Local.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Choose one of Kyiv's commitments. How could an "
                                    "ordinary resident or a pupil check whether it has "
                                    "been delivered?"
                                ),
                                "teacher_note": (
                                    "Let groups come up with 2–3 signs of delivery: an "
                                    "adopted document, a new space opened, courses "
                                    "running in schools and so on. This trains the "
                                    "skill of civic monitoring."
                                ),
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "find-open-data",
                "minutes": 10,
                "uk": {
                    "title": "Відкриті дані: знайти й використати набір",
                    "intro": (
                        "Відкриті дані — сировина для шкільних проєктів, журналістики "
                        "і громадського контролю. Навчимося їх шукати і правильно "
                        "використовувати."
                    ),
                    "body": [
                        ("heading", "Що таке відкриті дані"),
                        (
                            "paragraph",
                            (
                                "<p>Відкриті дані — це публічна інформація, яку "
                                "оприлюднюють у машиночитному форматі, тобто так, щоб "
                                "її міг обробити комп'ютер, наприклад у вигляді "
                                "таблиці. В Україні це передбачають Закон «Про доступ "
                                "до публічної інформації» № 2939-VI від 13 січня 2011 "
                                "року і постанова Кабінету Міністрів № 835 від 21 "
                                "жовтня 2015 року, яка визначає перелік наборів даних, "
                                "що їх обов'язково треба оприлюднювати.</p><p>Відкриті "
                                "дані можна вільно копіювати й повторно "
                                "використовувати, навіть з комерційною метою, якщо "
                                "зазначити джерело.</p>"
                            ),
                        ),
                        ("glossary", "open-data"),
                        ("heading", "Де Київ публікує дані"),
                        (
                            "paragraph",
                            (
                                "<p>Київ публікує свої набори даних на національному "
                                "порталі відкритих даних <a "
                                'href="https://data.gov.ua">data.gov.ua</a>. За '
                                "тимчасовим порядком, який затвердила КМДА, міські й "
                                "районні підрозділи оприлюднюють дані через одного "
                                "публікатора — саму КМДА. Це називають «єдиним "
                                "вікном».</p>"
                            ),
                        ),
                        ("glossary", "data-set"),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Як Київ виглядає в дослідженнях",
                                "text": (
                                    "<p>Transparency International Ukraine у "
                                    "дослідженні «Прозорі міста» (етап про відкриті "
                                    "дані, оприлюднений на початку 2026 року) оцінила "
                                    "11 міст за 40 критеріями. Київ отримав найвищий "
                                    "результат — 44,3 бала зі 100, тоді як середній "
                                    "становив 23,1%. Це найкраще серед учасників, але "
                                    "все ще менше за половину можливого. А друге місце "
                                    "України серед 35 країн у європейському звіті про "
                                    "зрілість відкритих даних за 2022 рік — це "
                                    "національний, а не міський результат.</p>"
                                ),
                            },
                        ),
                        ("heading", "П'ять кроків для учнівського проєкту"),
                        (
                            "paragraph",
                            (
                                "<ol><li>Сформулюйте запитання, наприклад: «Де в "
                                "нашому районі розташовані "
                                "бібліотеки?»</li><li>Знайдіть на data.gov.ua набір "
                                "даних за ключовими словами і перевірте, хто його "
                                "оприлюднив.</li><li>Подивіться дату останнього "
                                "оновлення: застарілі дані можуть ввести в "
                                "оману.</li><li>Завантажте файл у машиночитному "
                                "форматі (наприклад, CSV) і відкрийте його в "
                                "електронній таблиці.</li><li>Зробіть висновок, "
                                "покажіть його на графіку чи мапі і обов'язково "
                                "вкажіть джерело даних.</li></ol><p>Якщо потрібного "
                                "набору немає, це теж результат: про нього можна "
                                "написати запит на публічну інформацію.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Які дані про ваш район ви хотіли б мати у "
                                    "відкритому доступі і для чого їх використали б?"
                                ),
                                "teacher_note": (
                                    "Зберіть ідеї на дошці, а потім разом перевірте на "
                                    "data.gov.ua, чи такі набори вже є. Обговоріть, "
                                    "чому дані мають бути актуальними і мати вказане "
                                    "джерело."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Open data: find and use a data set",
                    "intro": (
                        "Open data are raw material for school projects, journalism "
                        "and public oversight. Let's learn how to find them and use "
                        "them properly."
                    ),
                    "body": [
                        ("heading", "What open data are"),
                        (
                            "paragraph",
                            (
                                "<p>Open data are public information published in a "
                                "machine-readable format, meaning a computer can "
                                "process it, for example as a table. In Ukraine, this "
                                "is required by the Law “On Access to Public "
                                "Information” No. 2939-VI of 13 January 2011 and by "
                                "Cabinet of Ministers Resolution No. 835 of 21 October "
                                "2015, which lists the data sets that must be "
                                "published.</p><p>Open data may be freely copied and "
                                "reused, even commercially, as long as the source is "
                                "credited.</p>"
                            ),
                        ),
                        ("glossary", "open-data"),
                        ("heading", "Where Kyiv publishes its data"),
                        (
                            "paragraph",
                            (
                                "<p>Kyiv publishes its data sets on the national "
                                "open-data portal, <a "
                                'href="https://data.gov.ua">data.gov.ua</a>. Under a '
                                "temporary procedure approved by the KCSA, city and "
                                "district units publish their data through a single "
                                "publisher, the KCSA itself. This is called the "
                                "“single window”.</p>"
                            ),
                        ),
                        ("glossary", "data-set"),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "How Kyiv looks in studies",
                                "text": (
                                    "<p>In its “Transparent Cities” study (the "
                                    "open-data stage, published in early 2026), "
                                    "Transparency International Ukraine assessed 11 "
                                    "cities against 40 criteria. Kyiv scored highest, "
                                    "44.3 out of 100, while the average was 23.1%. "
                                    "That is the best among the cities assessed, but "
                                    "still less than half of the maximum. And "
                                    "Ukraine's second place out of 35 countries in the "
                                    "2022 European report on open-data maturity is a "
                                    "national result, not a city one.</p>"
                                ),
                            },
                        ),
                        ("heading", "Five steps for a pupils' project"),
                        (
                            "paragraph",
                            (
                                "<ol><li>Write down a question, for example: “Where "
                                "are the libraries in our district?”</li><li>Search "
                                "data.gov.ua for a data set using keywords, and check "
                                "who published it.</li><li>Look at the date of the "
                                "last update: out-of-date data can "
                                "mislead.</li><li>Download the file in a "
                                "machine-readable format (for example CSV) and open it "
                                "in a spreadsheet.</li><li>Draw a conclusion, show it "
                                "in a chart or on a map, and always name the source of "
                                "the data.</li></ol><p>If the data set you need does "
                                "not exist, that is a finding too: you can ask for the "
                                "information with a request for public information.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Which data about your district would you like to "
                                    "be openly available, and what would you use them "
                                    "for?"
                                ),
                                "teacher_note": (
                                    "Collect ideas on the board, then check together "
                                    "on data.gov.ua whether such data sets already "
                                    "exist. Discuss why data need to be up to date and "
                                    "have a named source."
                                ),
                            },
                        ),
                    ],
                },
            },
        ],
    },
    # 4. Vcentri HUB
    {
        "slug": "vcentri-hub",
        "audiences": ["school", "university", "vocational"],
        "estimated_hours": "1.0",
        "pd_hours": None,
        "ects_credits": None,
        "prerequisites": [],
        "cover": {"motif": "hub", "colour": "#4b2a7b"},
        "uk": {
            "title": "Vcentri HUB і платформа для громадянського суспільства",
            "summary": (
                "Що таке простори Vcentri HUB, платформа vcentri.com і реєстр "
                "інститутів громадянського суспільства, чим вони відрізняються і як "
                "ними користуватися."
            ),
            "age_guidance": "8–11 класи, студенти коледжів і університетів",
            "topics": ["громадянське суспільство", "vcentri", "громадські простори"],
            "outcomes": [
                (
                    "Після модуля ви зможете розрізнити простори Vcentri HUB, "
                    "платформу vcentri.com і реєстр інститутів громадянського "
                    "суспільства."
                ),
                (
                    "Після модуля ви зможете розповісти, що пропонують простори "
                    "Vcentri HUB і хто ними опікується."
                ),
                (
                    "Після модуля ви зможете пояснити, що потрібно організації, щоб "
                    "безплатно користуватися хабом."
                ),
                (
                    "Після модуля ви зможете назвати міський грантовий конкурс для "
                    "громадянського суспільства."
                ),
            ],
            "teacher_guide": (
                "<p>Модуль розраховано на один урок (45 хвилин). Найкраще він працює "
                "перед екскурсією до найближчого Vcentri HUB або зустріччю з "
                "представниками місцевої громадської організації.</p><ul><li>Почніть з "
                "вправи: попросіть учнів записати, що, на їхню думку, означає слово "
                "«Vcentri», а після першого уроку порівняйте "
                "відповіді.</li><li>Кількість і адреси хабів змінюються, тому перед "
                "уроком перевірте їх на <a "
                'href="https://vcentri.com">vcentri.com</a>.</li><li>Якщо плануєте '
                "відвідати хаб із класом, заздалегідь домовтеся про це з "
                "організаторами і отримайте згоду батьків.</li></ul>"
            ),
            "cover_alt": (
                "Обкладинка модуля «Vcentri HUB і платформа для громадянського "
                "суспільства»: пласка ілюстрація світлого простору з довгим столом, "
                "стільцями і ноутбуками."
            ),
        },
        "en": {
            "title": "Vcentri HUB and the platform for civil society",
            "summary": (
                "What the Vcentri HUB spaces, the vcentri.com platform and the "
                "register of civil society institutions are, how they differ, and how "
                "to use them."
            ),
            "age_guidance": "Grades 8–11, college and university students",
            "topics": ["civil society", "vcentri", "public spaces"],
            "outcomes": [
                (
                    "After this module you will be able to tell apart the Vcentri HUB "
                    "spaces, the vcentri.com platform and the register of civil "
                    "society institutions."
                ),
                (
                    "After this module you will be able to describe what the Vcentri "
                    "HUB spaces offer and who runs them."
                ),
                (
                    "After this module you will be able to explain what an "
                    "organisation needs in order to use a hub free of charge."
                ),
                (
                    "After this module you will be able to name the city's grant "
                    "contest for civil society."
                ),
            ],
            "teacher_guide": (
                "<p>The module fits one lesson (45 minutes). It works best before a "
                "visit to the nearest Vcentri HUB or a meeting with people from a "
                "local civil society organisation.</p><ul><li>Start with an exercise: "
                "ask pupils to write down what they think the word “Vcentri” means, "
                "and compare their answers after the first lesson.</li><li>The number "
                "and addresses of the hubs change, so check them on <a "
                'href="https://vcentri.com">vcentri.com</a> before the '
                "lesson.</li><li>If you plan to visit a hub with your class, arrange "
                "it with the organisers in advance and get parents' consent.</li></ul>"
            ),
            "cover_alt": (
                "Cover of the module “Vcentri HUB and the platform for civil society”: "
                "a flat illustration of a bright room with a long table, chairs and "
                "laptops."
            ),
        },
        "lessons": [
            {
                "slug": "three-vcentri-things",
                "minutes": 8,
                "uk": {
                    "title": "Vcentri: три різні речі з подібними назвами",
                    "intro": (
                        "Слово «Vcentri» трапляється в кількох назвах. Щоб не "
                        "заплутатися, розберімо кожну з них."
                    ),
                    "body": [
                        (
                            "image",
                            {
                                "motif": "hub",
                                "alt": (
                                    "Пласка ілюстрація: світлий простір із довгим "
                                    "столом, стільцями, ноутбуками і людьми, які "
                                    "працюють разом."
                                ),
                                "caption": (
                                    "Хаб — місце, де громадські організації, влада і "
                                    "бізнес можуть зустрітися."
                                ),
                            },
                        ),
                        ("heading", "Простори, платформа і реєстр"),
                        (
                            "paragraph",
                            (
                                "<p>Місто називає це <b>концепцією Vcentri</b>: "
                                "поєднанням фізичних просторів і онлайн-платформи. "
                                "Насправді йдеться про три різні "
                                "речі:</p><ul><li><b>Vcentri HUB</b> — фізичні "
                                "муніципальні простори, де громадські організації, "
                                "влада і бізнес можуть зустрічатися й проводити "
                                "заходи.</li><li><b>vcentri.com</b> — онлайн-платформа "
                                "міста для інститутів громадянського суспільства, яку "
                                "представили в березні 2021 року. Вона спрощує участь "
                                "у міських грантових конкурсах.</li><li><b>Реєстр "
                                "інститутів громадянського суспільства</b> — "
                                "реєстрація, яку організація має пройти, щоб безплатно "
                                "користуватися хабами.</li></ul>"
                            ),
                        ),
                        ("glossary", "vcentri-hub"),
                        ("heading", "Як усе починалося"),
                        (
                            "paragraph",
                            (
                                "<p>Перший Vcentri HUB відкрився 3 березня 2020 року "
                                "на вулиці Володимирській, 51-Б, у Шевченківському "
                                "районі. Це муніципальний простір, безплатний для "
                                "громадських організацій. Відтоді місто планує мати "
                                "такий простір у кожному з десяти районів Києва. Але "
                                "це мета, а не нинішній стан: станом на вересень 2024 "
                                "року хабів було чотири або п'ять (джерела "
                                "розходяться), тож актуальний перелік шукайте на <a "
                                'href="https://vcentri.com">vcentri.com</a>.</p>'
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Запам'ятайте",
                                "text": (
                                    "<p>Хаб — це місце, куди можна прийти. Платформа — "
                                    "це сайт. Реєстр — це перелік організацій. Плутати "
                                    "ці три речі — найчастіша помилка. Якщо вам кажуть "
                                    "«зустрінемося у Vcentri», ідеться про хаб; "
                                    "«зареєструйся на Vcentri» — про платформу; «треба "
                                    "бути в реєстрі» — про умову безплатного "
                                    "користування хабом.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Хабами опікуються комунальне некомерційне "
                                "підприємство «Центр комунікації» і Департамент "
                                "суспільних комунікацій КМДА.</p><p>Навіщо все це? "
                                "Громадським організаціям часто бракує місця для "
                                "зустрічей і навчання, а оренда коштує грошей. "
                                "Безплатний простір, а також одна платформа для "
                                "грантів і консультацій полегшують їм роботу і роблять "
                                "співпрацю з містом прозорішою.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Навіщо місту одночасно і фізичні простори, і "
                                    "онлайн-платформа? Чого не може дати одне без "
                                    "іншого?"
                                ),
                                "teacher_note": (
                                    "Заохочуйте конкретні приклади: онлайн зручно "
                                    "подавати заявки і стежити за грантами, а наживо — "
                                    "знайомитися, планувати спільні справи і проводити "
                                    "тренінги."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Vcentri: three different things with similar names",
                    "intro": (
                        "The word “Vcentri” appears in several names. To avoid "
                        "confusion, let's look at each of them."
                    ),
                    "body": [
                        (
                            "image",
                            {
                                "motif": "hub",
                                "alt": (
                                    "A flat illustration: a bright room with a long "
                                    "table, chairs, laptops and people working "
                                    "together."
                                ),
                                "caption": (
                                    "A hub is a place where civil society "
                                    "organisations, the authorities and business can "
                                    "meet."
                                ),
                            },
                        ),
                        ("heading", "Spaces, a platform and a register"),
                        (
                            "paragraph",
                            (
                                "<p>The city calls this the <b>Vcentri concept</b>: a "
                                "combination of physical spaces and an online "
                                "platform. In fact, three different things are "
                                "involved:</p><ul><li><b>Vcentri HUB</b>: physical "
                                "municipal spaces where civil society organisations, "
                                "the authorities and business can meet and hold "
                                "events.</li><li><b>vcentri.com</b>: the city's online "
                                "platform for civil society institutions, presented in "
                                "March 2021. It makes it easier to take part in city "
                                "grant contests.</li><li><b>The register of civil "
                                "society institutions</b>: a registration that an "
                                "organisation needs before it can use the hubs free of "
                                "charge.</li></ul>"
                            ),
                        ),
                        ("glossary", "vcentri-hub"),
                        ("heading", "How it all started"),
                        (
                            "paragraph",
                            (
                                "<p>The first Vcentri HUB opened on 3 March 2020 at "
                                "51-B Volodymyrska Street in Shevchenkivskyi district. "
                                "It is a municipal space, free of charge for civic "
                                "organisations. Since then, the city has planned to "
                                "have such a space in each of Kyiv's ten districts. "
                                "But that is a goal, not the current situation: in "
                                "September 2024 there were four or five hubs (sources "
                                "differ), so look for the current list on <a "
                                'href="https://vcentri.com">vcentri.com</a>.</p>'
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Remember",
                                "text": (
                                    "<p>A hub is a place you can go to. The platform "
                                    "is a website. The register is a list of "
                                    "organisations. Mixing up these three is the most "
                                    "common mistake. If someone says “let's meet at "
                                    "Vcentri”, they mean a hub; “register on Vcentri” "
                                    "means the platform; “you need to be in the "
                                    "register” is about the condition for using a hub "
                                    "free of charge.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The hubs are run by the municipal non-profit "
                                "enterprise “Communication Centre” (Центр комунікації) "
                                "and the KCSA Department of Public "
                                "Communications.</p><p>Why does all this matter? Civil "
                                "society organisations often lack space for meetings "
                                "and training, and renting costs money. A free space, "
                                "together with one platform for grants and advice, "
                                "makes their work easier and makes cooperation with "
                                "the city more transparent.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Why does the city need both physical spaces and "
                                    "an online platform? What can one not offer "
                                    "without the other?"
                                ),
                                "teacher_note": (
                                    "Encourage concrete examples: online it is easy to "
                                    "apply and follow grants, while in person people "
                                    "can get to know each other, plan joint work and "
                                    "run training sessions."
                                ),
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "what-a-hub-offers",
                "minutes": 8,
                "uk": {
                    "title": "Що пропонує Vcentri HUB",
                    "intro": (
                        "Хаб — це більше, ніж зала для зустрічей. Подивімося, що в "
                        "ньому є і як він працює."
                    ),
                    "body": [
                        ("heading", "Простори в різних районах"),
                        (
                            "paragraph",
                            (
                                "<p>Після першого хабу на Володимирській у червні 2021 "
                                "року відкрився другий — на Оболоні. Третій працює в "
                                "Голосіївському районі на вулиці Великій Китаївській, "
                                "83, поблизу станції метро «Деміївська». Він вміщує "
                                "приблизно 70–80 людей, має дитячу кімнату, коворкінг "
                                "і конференц-залу. Дитяча кімната дає змогу батькам "
                                "брати участь у заходах разом із малечею. 6 вересня "
                                "2024 року відкрився перший хаб на лівому березі — у "
                                "Дніпровському районі.</p>"
                            ),
                        ),
                        ("heading", "Для кого і навіщо"),
                        (
                            "paragraph",
                            (
                                "<p>Хаби задумано як місце, де громадські організації, "
                                "представники влади і бізнесу можуть зустрітися, "
                                "провести навчання, презентацію чи обговорення. Це "
                                "можуть бути тренінги, лекції, зустрічі з посадовцями "
                                "чи обговорення проєктів для району. Для громадських "
                                "організацій, внесених до реєстру інститутів "
                                "громадянського суспільства, простір "
                                "безплатний.</p><p>За даними газети «Хрещатик» "
                                "(червень 2022 року), хаб на Оболоні за перший рік "
                                "роботи провів 439 заходів, у яких взяли участь "
                                "близько 10 тисяч людей. Актуальні адреси хабів і "
                                "анонси подій шукайте на vcentri.com.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Як це може виглядати",
                                "text": (
                                    "<p>Учнівська рада школи разом із місцевою "
                                    "громадською організацією хоче провести зустріч "
                                    "про облаштування шкільного подвір'я. Організація, "
                                    "внесена до реєстру, домовляється про використання "
                                    "зали на умовах, описаних на vcentri.com, а учні "
                                    "готують презентацію і запрошують представників "
                                    "району.</p>"
                                ),
                            },
                        ),
                        ("heading", "Мережа зростатиме"),
                        (
                            "paragraph",
                            (
                                "<p>Розширення мережі Vcentri HUB і покращення її "
                                "роботи — зобов'язання UAIEV0005 у плані дій Києва в "
                                "Партнерстві «Відкритий Уряд» (лютий 2025 – грудень "
                                "2026 року). До нього залучено адміністрації "
                                "Подільського, Святошинського, Дарницького та "
                                "Деснянського районів. Отже, хаби можуть з'явитися й "
                                "там, де їх досі немає, тож стежте за новинами на "
                                "vcentri.com і kyivcity.gov.ua.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Який захід ви провели б у Vcentri HUB, якби мали "
                                    "таку змогу? Кого запросили б?"
                                ),
                                "teacher_note": (
                                    "Попросіть учнів описати захід за схемою: мета, "
                                    "учасники, формат, очікуваний результат. Це готує "
                                    "до написання простих проєктних заявок."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "What a Vcentri HUB offers",
                    "intro": (
                        "A hub is more than a meeting room. Let's see what it has and "
                        "how it works."
                    ),
                    "body": [
                        ("heading", "Spaces in different districts"),
                        (
                            "paragraph",
                            (
                                "<p>After the first hub on Volodymyrska Street, a "
                                "second one opened in Obolon in June 2021. The third "
                                "is in Holosiivskyi district at 83 Velyka Kytaivska "
                                "Street, near Demiivska metro station. It holds about "
                                "70–80 people and has a children's room, a coworking "
                                "area and a conference room. The children's room lets "
                                "parents take part in events with their little ones. "
                                "On 6 September 2024, the first hub on the left bank "
                                "opened, in Dniprovskyi district.</p>"
                            ),
                        ),
                        ("heading", "Who it is for and why"),
                        (
                            "paragraph",
                            (
                                "<p>The hubs are meant as places where civil society "
                                "organisations, officials and business people can meet "
                                "and hold a training session, a presentation or a "
                                "discussion. These can be workshops, talks, meetings "
                                "with officials or discussions of projects for the "
                                "district. Civic organisations listed in the register "
                                "of civil society institutions can use the space free "
                                "of charge.</p><p>According to the Khreshchatyk "
                                "newspaper (June 2022), the Obolon hub held 439 events "
                                "in its first year, with about 10,000 participants. "
                                "Look for current hub addresses and event "
                                "announcements on vcentri.com.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "What it could look like",
                                "text": (
                                    "<p>A school's pupil council and a local civil "
                                    "society organisation want to hold a meeting about "
                                    "improving the schoolyard. The organisation, which "
                                    "is listed in the register, arranges to use a room "
                                    "on the terms described on vcentri.com, and the "
                                    "pupils prepare a presentation and invite people "
                                    "from the district administration.</p>"
                                ),
                            },
                        ),
                        ("heading", "The network is set to grow"),
                        (
                            "paragraph",
                            (
                                "<p>Expanding the Vcentri HUB network and making it "
                                "work better is commitment UAIEV0005 in Kyiv's Open "
                                "Government Partnership action plan (February 2025 – "
                                "December 2026). The administrations of Podilskyi, "
                                "Sviatoshynskyi, Darnytskyi and Desnianskyi districts "
                                "are involved in it. So hubs may appear where there "
                                "are none yet; follow the news on vcentri.com and "
                                "kyivcity.gov.ua.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "What event would you hold at a Vcentri HUB if you "
                                    "had the chance? Whom would you invite?"
                                ),
                                "teacher_note": (
                                    "Ask pupils to describe the event using a simple "
                                    "outline: aim, participants, format, expected "
                                    "result. This prepares them for writing simple "
                                    "project proposals."
                                ),
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "using-hub-and-platform",
                "minutes": 9,
                "uk": {
                    "title": "Як організації скористатися хабом і платформою",
                    "intro": (
                        "Щоб користуватися можливостями Vcentri, організація має "
                        "пройти кілька кроків. Розберімо, що про них відомо."
                    ),
                    "body": [
                        ("heading", "Реєстр інститутів громадянського суспільства"),
                        (
                            "paragraph",
                            (
                                "<p>Щоб безплатно користуватися хабами, громадська "
                                "організація має бути внесена до реєстру інститутів "
                                "громадянського суспільства. Про цю вимогу у 2021 році "
                                "повідомляла КМДА. Точні правила ведення реєстру і "
                                "перелік документів можуть змінюватися, тому перед "
                                "поданням перевіряйте їх на <a "
                                'href="https://vcentri.com">vcentri.com</a>.</p>'
                            ),
                        ),
                        ("heading", "Платформа vcentri.com"),
                        (
                            "paragraph",
                            (
                                "<p>Онлайн-платформу vcentri.com Департамент "
                                "суспільних комунікацій КМДА представив 16 березня "
                                "2021 року. Вона має спростити участь у міських "
                                "грантових конкурсах і зробити грантове фінансування "
                                "прозорим, тобто таким, яке можна відстежити. "
                                "Організації, зареєстровані на платформі, отримують "
                                "доступ до заходів у хабах і до безплатних фінансових "
                                "та юридичних консультацій.</p><p>Навіщо прозорість "
                                "грантів? Коли видно, хто отримав кошти, на що і з "
                                "яким результатом, мешканцям легше довіряти і владі, і "
                                "організаціям, а сильні проєкти мають рівні шанси.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Грантовий конкурс міста",
                                "text": (
                                    "<p>Міський конкурс проєктів для громадянського "
                                    "суспільства має назву «Громадська перспектива: "
                                    "прозора влада та активна громада». Інформацію про "
                                    "нього шукайте на vcentri.com.</p>"
                                ),
                            },
                        ),
                        ("heading", "Кроки для організації"),
                        (
                            "paragraph",
                            (
                                "<ol><li>Пам'ятайте, що реєстр і безплатне "
                                "користування хабами стосуються організацій, а не "
                                "окремих людей.</li><li>Ознайомтеся з актуальними "
                                "вимогами на vcentri.com.</li><li>Зареєструйтеся на "
                                "платформі і з'ясуйте там, як потрапити до реєстру: "
                                "платформа і реєстр — різні речі.</li><li>Після "
                                "внесення до реєстру домовляйтеся про використання "
                                "простору і стежте за грантовими "
                                "конкурсами.</li></ol><p>Учні та студенти можуть "
                                "долучатися до роботи організацій як волонтери або "
                                "учасники заходів. Про вік і згоду батьків ідеться в "
                                "модулі про волонтерство. Якщо учнівська команда хоче "
                                "провести захід у хабі, найпростіше зробити це разом з "
                                "організацією, яка вже є в реєстрі.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Чому, на вашу думку, місто вимагає внесення до "
                                    "реєстру, перш ніж надати простір безплатно? Які "
                                    "плюси і мінуси має таке правило?"
                                ),
                                "teacher_note": (
                                    "Можливі плюси: прозорість, облік, захист від "
                                    "зловживань. Можливі мінуси: бар'єр для "
                                    "неформальних ініціатив. Запитайте, як неформальна "
                                    "група могла б співпрацювати з уже зареєстрованою "
                                    "організацією."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "How organisations can use the hubs and the platform",
                    "intro": (
                        "To use what Vcentri offers, an organisation has to take a few "
                        "steps. Let's look at what is known about them."
                    ),
                    "body": [
                        ("heading", "The register of civil society institutions"),
                        (
                            "paragraph",
                            (
                                "<p>To use the hubs free of charge, a civic "
                                "organisation must be listed in the register of civil "
                                "society institutions. The KCSA announced this "
                                "requirement in 2021. The exact rules of the register "
                                "and the list of documents may change, so check them "
                                'on <a href="https://vcentri.com">vcentri.com</a> '
                                "before applying.</p>"
                            ),
                        ),
                        ("heading", "The vcentri.com platform"),
                        (
                            "paragraph",
                            (
                                "<p>The KCSA Department of Public Communications "
                                "presented the vcentri.com online platform on 16 March "
                                "2021. It is meant to make it easier to take part in "
                                "city grant contests and to make grant funding "
                                "transparent, that is, traceable. Organisations "
                                "registered on the platform get access to events at "
                                "the hubs and to free financial and legal "
                                "advice.</p><p>Why does grant transparency matter? "
                                "When you can see who received money, for what and "
                                "with what result, it is easier for residents to trust "
                                "both the authorities and the organisations, and "
                                "strong projects get a fair chance.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "The city's grant contest",
                                "text": (
                                    "<p>The city's contest for civil society projects "
                                    "is called “Громадська перспектива: прозора влада "
                                    "та активна громада” (“Civic Perspective: "
                                    "Transparent Government and an Active Community”). "
                                    "Look for information about it on vcentri.com.</p>"
                                ),
                            },
                        ),
                        ("heading", "Steps for an organisation"),
                        (
                            "paragraph",
                            (
                                "<ol><li>Remember that the register and free use of "
                                "the hubs apply to organisations, not to "
                                "individuals.</li><li>Read the current requirements on "
                                "vcentri.com.</li><li>Register on the platform and "
                                "find out there how to get into the register: the "
                                "platform and the register are different "
                                "things.</li><li>Once listed in the register, arrange "
                                "to use a space and keep an eye on grant "
                                "contests.</li></ol><p>Pupils and students can join "
                                "the work of organisations as volunteers or take part "
                                "in events. Age limits and parental consent are "
                                "covered in the module on volunteering. If a team of "
                                "pupils wants to hold an event at a hub, the easiest "
                                "way is to do it together with an organisation that is "
                                "already in the register.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Why do you think the city requires an "
                                    "organisation to be in the register before it can "
                                    "use a space free of charge? What are the pros and "
                                    "cons of such a rule?"
                                ),
                                "teacher_note": (
                                    "Possible pros: transparency, record-keeping, "
                                    "protection against misuse. Possible cons: a "
                                    "barrier for informal initiatives. Ask how an "
                                    "informal group could work with an organisation "
                                    "that is already registered."
                                ),
                            },
                        ),
                    ],
                },
            },
        ],
    },
    # 5. Volunteering and civil-society organisations
    {
        "slug": "volunteering-civil-society",
        "audiences": ["school", "university", "vocational"],
        "estimated_hours": "1.0",
        "pd_hours": None,
        "ects_credits": None,
        "prerequisites": [],
        "cover": {"motif": "volunteer", "colour": "#8a2f0c"},
        "uk": {
            "title": "Волонтерство і громадські організації",
            "summary": (
                "Хто може бути волонтером, що таке організації громадянського "
                "суспільства, як місто їх підтримує і як юним волонтерам залишатися в "
                "безпеці."
            ),
            "age_guidance": "8–11 класи, студенти коледжів і університетів",
            "topics": ["волонтерство", "громадянське суспільство", "безпека"],
            "outcomes": [
                (
                    "Після модуля ви зможете пояснити, хто може бути волонтером в "
                    "Україні і що потрібно людям віком від 14 до 18 років."
                ),
                (
                    "Після модуля ви зможете розповісти, що таке організації "
                    "громадянського суспільства і як місто їх підтримує."
                ),
                (
                    "Після модуля ви зможете назвати міський грантовий конкурс і "
                    "кілька міських подій для громадянського суспільства."
                ),
                (
                    "Після модуля ви зможете оцінити волонтерську пропозицію з погляду "
                    "безпеки."
                ),
            ],
            "teacher_guide": (
                "<p>Модуль розраховано на один урок (45 хвилин). Урок про безпеку "
                "варто пройти в класі, а не лише вдома: обговорення ризиків працює "
                "краще наживо.</p><ul><li>Якщо школа планує волонтерську акцію, "
                "використайте модуль як підготовку до неї і заздалегідь отримайте "
                "письмову згоду батьків.</li><li>Не збирайте в класі відомостей про "
                "те, хто з родин учнів волонтерить чи служить: це особиста "
                "інформація.</li><li>Тема волонтерства під час війни може бути "
                "болісною. Дайте учням змогу не ділитися особистим досвідом.</li></ul>"
            ),
            "cover_alt": (
                "Обкладинка модуля «Волонтерство і громадські організації»: пласка "
                "ілюстрація з молодими людьми, які разом переносять коробки з "
                "допомогою."
            ),
        },
        "en": {
            "title": "Volunteering and civil-society organisations",
            "summary": (
                "Who can volunteer, what civil society organisations are, how the city "
                "supports them, and how young volunteers can stay safe."
            ),
            "age_guidance": "Grades 8–11, college and university students",
            "topics": ["volunteering", "civil society", "safety"],
            "outcomes": [
                (
                    "After this module you will be able to explain who can volunteer "
                    "in Ukraine and what people aged 14 to 18 need."
                ),
                (
                    "After this module you will be able to describe what civil society "
                    "organisations are and how the city supports them."
                ),
                (
                    "After this module you will be able to name the city's grant "
                    "contest and several city events for civil society."
                ),
                (
                    "After this module you will be able to judge a volunteering offer "
                    "from a safety point of view."
                ),
            ],
            "teacher_guide": (
                "<p>The module fits one lesson (45 minutes). Take the safety lesson in "
                "class rather than only at home: discussing risks works better face to "
                "face.</p><ul><li>If your school is planning a volunteering activity, "
                "use the module to prepare for it and get parents' written consent in "
                "advance.</li><li>Do not collect information in class about which "
                "pupils' relatives volunteer or serve in the forces: it is personal "
                "information.</li><li>Volunteering in wartime can be a painful topic. "
                "Let pupils choose not to share personal experiences.</li></ul>"
            ),
            "cover_alt": (
                "Cover of the module “Volunteering and civil-society organisations”: a "
                "flat illustration of young people carrying boxes of aid together."
            ),
        },
        "lessons": [
            {
                "slug": "who-can-volunteer",
                "minutes": 8,
                "uk": {
                    "title": "Хто може бути волонтером",
                    "intro": (
                        "Волонтерство — це будь-яка добровільна праця на користь "
                        "інших, і почати можна ще до повноліття. Розберімося, що про "
                        "це каже закон."
                    ),
                    "body": [
                        (
                            "image",
                            {
                                "motif": "volunteer",
                                "alt": (
                                    "Пласка ілюстрація: кілька молодих людей разом "
                                    "переносять коробки з допомогою."
                                ),
                                "caption": (
                                    "Волонтерство — це спільна справа, у якій кожен "
                                    "робить свою частину."
                                ),
                            },
                        ),
                        ("heading", "Що каже закон"),
                        (
                            "paragraph",
                            (
                                "<p>Волонтерську діяльність в Україні регулює Закон "
                                "«Про волонтерську діяльність» № 3236-VI від 19 квітня "
                                "2011 року. Він описує її як добровільну, соціально "
                                "спрямовану і неприбуткову діяльність і вважає формою "
                                "благодійної діяльності. Волонтер працює безоплатно: "
                                "його мета — допомогти, а не заробити. Волонтерів "
                                "часто залучають громадські та благодійні "
                                "організації.</p>"
                            ),
                        ),
                        ("glossary", "volunteering"),
                        ("heading", "З якого віку"),
                        (
                            "paragraph",
                            (
                                "<p>Волонтерами можуть бути дієздатні громадяни "
                                "України, а також іноземці й особи без громадянства, "
                                "які перебувають в Україні законно. <b>Люди віком від "
                                "14 до 18 років можуть волонтерити лише за згодою "
                                "одного з батьків або опікуна.</b> Для них є й "
                                "обмеження: наприклад, вони не можуть волонтерити в "
                                "медичних закладах чи під час ліквідації наслідків "
                                "надзвичайних ситуацій.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Обережно зі старими джерелами",
                                "text": (
                                    "<p>Первинна редакція закону 2011 року дозволяла "
                                    "волонтерити з 18 років, а з 16 років — за "
                                    "письмовою згодою. Тому в старих статтях можна "
                                    "натрапити на застарілі вимоги. Орієнтуйтеся на "
                                    "чинну редакцію закону.</p>"
                                ),
                            },
                        ),
                        ("heading", "Як знайти свою справу"),
                        (
                            "paragraph",
                            (
                                "<p>Волонтерство буває дуже різним: допомога в "
                                "бібліотеці чи притулку для тварин, прибирання парку, "
                                "заняття з молодшими дітьми, організація заходів, "
                                "переклади, дизайн для громадської організації. "
                                "Почніть з того, що вам цікаво і що ви вже вмієте. "
                                "Щороку 5 грудня відзначають Міжнародний день "
                                "волонтера — гарна нагода спробувати. До цього дня в "
                                "«Київ Цифровому» навіть проводили опитування про "
                                "волонтерство і благодійні внески.</p><p>Волонтерство "
                                "корисне і самим волонтерам: воно дає нові знайомства, "
                                "досвід командної роботи і розуміння того, як живе "
                                "громада. Про цей досвід можна згадати в резюме чи "
                                "мотиваційному листі до університету або коледжу.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Які ваші вміння могли б стати в пригоді "
                                    "громадській організації або сусідам? Назвіть три."
                                ),
                                "teacher_note": (
                                    "Попросіть кожного учня назвати одне вміння і одну "
                                    "справу, де його можна застосувати. Нагадайте, що "
                                    "неповнолітні волонтерять лише за згодою батьків."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Who can volunteer",
                    "intro": (
                        "Volunteering is any voluntary work for the benefit of others, "
                        "and you can start before you turn 18. Let's see what the law "
                        "says."
                    ),
                    "body": [
                        (
                            "image",
                            {
                                "motif": "volunteer",
                                "alt": (
                                    "A flat illustration: several young people "
                                    "carrying boxes of aid together."
                                ),
                                "caption": (
                                    "Volunteering is shared work in which everyone "
                                    "does their part."
                                ),
                            },
                        ),
                        ("heading", "What the law says"),
                        (
                            "paragraph",
                            (
                                "<p>Volunteering in Ukraine is governed by the Law “On "
                                "Volunteer Activity” No. 3236-VI of 19 April 2011. It "
                                "describes volunteering as voluntary, socially "
                                "directed, non-profit activity and treats it as a form "
                                "of charitable activity. A volunteer works without "
                                "pay: the aim is to help, not to earn. Volunteers are "
                                "often recruited by civic and charitable "
                                "organisations.</p>"
                            ),
                        ),
                        ("glossary", "volunteering"),
                        ("heading", "From what age"),
                        (
                            "paragraph",
                            (
                                "<p>Volunteers can be legally capable citizens of "
                                "Ukraine, as well as foreigners and stateless persons "
                                "who are lawfully in Ukraine. <b>People aged 14 to 18 "
                                "may volunteer only with the consent of a parent or "
                                "guardian.</b> There are also limits for them: for "
                                "example, they may not volunteer in medical facilities "
                                "or in dealing with the aftermath of emergencies.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Be careful with old sources",
                                "text": (
                                    "<p>The original 2011 text of the law allowed "
                                    "volunteering from 18, or from 16 with written "
                                    "consent. That is why old articles may give "
                                    "out-of-date requirements. Go by the current "
                                    "version of the law.</p>"
                                ),
                            },
                        ),
                        ("heading", "How to find what suits you"),
                        (
                            "paragraph",
                            (
                                "<p>Volunteering comes in many forms: helping at a "
                                "library or an animal shelter, cleaning up a park, "
                                "working with younger children, organising events, "
                                "translating, designing for a civil society "
                                "organisation. Start with what interests you and what "
                                "you can already do. International Volunteer Day is "
                                "marked every year on 5 December, which is a good "
                                "chance to give it a try. Kyiv Digital has even run a "
                                "poll on volunteering and donations timed to that "
                                "day.</p><p>Volunteering is good for volunteers too: "
                                "it brings new friends, experience of teamwork and a "
                                "sense of how the community lives. You can mention "
                                "this experience in a CV or in a motivation letter to "
                                "a university or college.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Which of your skills could be useful to a civil "
                                    "society organisation or to your neighbours? Name "
                                    "three."
                                ),
                                "teacher_note": (
                                    "Ask each pupil to name one skill and one activity "
                                    "where it could be used. Remind the class that "
                                    "minors volunteer only with their parents' consent."
                                ),
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "civil-society-organisations",
                "minutes": 9,
                "uk": {
                    "title": "Громадські організації і підтримка міста",
                    "intro": (
                        "Громадянське суспільство — це люди, які об'єднуються, щоб "
                        "разом змінювати своє оточення. Місто має кілька програм і "
                        "подій, які їх підтримують."
                    ),
                    "body": [
                        ("heading", "Що таке організації громадянського суспільства"),
                        (
                            "paragraph",
                            (
                                "<p>Організації громадянського суспільства — це "
                                "об'єднання, які люди створюють добровільно, щоб разом "
                                "досягати спільної мети: захищати довкілля, допомагати "
                                "людям з інвалідністю, розвивати спорт, культуру чи "
                                "освіту, стежити за роботою влади. Такі організації "
                                "незалежні від влади і працюють не заради прибутку. "
                                "Долучитися до них можна по-різному: стати членом, "
                                "волонтером, учасником заходів або просто поширювати "
                                "інформацію про їхню роботу.</p><p>Водночас вони "
                                "можуть бути партнерами влади. Наприклад, серед "
                                "партнерів зобов'язання Києва щодо положення про "
                                "публічні консультації є кілька громадських "
                                "організацій.</p>"
                            ),
                        ),
                        ("glossary", "civil-society-organisation"),
                        ("heading", "Міські програми і конкурси"),
                        (
                            "paragraph",
                            (
                                "<p>Київ ухвалює міські програми підтримки "
                                "громадянського суспільства. Наприклад, була програма "
                                "на 2017–2019 роки (рішення Київради від 8 грудня 2016 "
                                "року № 536/1540), потім програма на 2020–2022 роки. "
                                "Такі програми визначають, як місто співпрацює з "
                                "громадськими організаціями і які заходи для цього "
                                "проводить. На 2025–2027 роки Київрада затвердила "
                                "Програму посилення інституційної спроможності "
                                "місцевого самоврядування та залучення громади до "
                                "прийняття рішень.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>«Громадська перспектива: прозора влада та "
                                "активна громада»</b> — міський грантовий конкурс "
                                "проєктів громадянського "
                                "суспільства.</li><li><b>ТОП-100</b> — щорічна міська "
                                "відзнака для успішних громадських ініціатив, яку "
                                "започаткували у 2020 році. Другу церемонію провели 15 "
                                "вересня 2021 року, у Міжнародний день "
                                "демократії.</li><li><b>Київський форум громадських "
                                "організацій</b> проводять з 2017 року, а районні "
                                "форуми — з 2019 року.</li><li>Фестиваль міської "
                                "участі <b>«Майстерня міста Києва»</b> у версії 2.0 "
                                "відбувся 6–7 вересня 2024 року.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Національний рівень",
                                "text": (
                                    "<p>Україна має Національну стратегію сприяння "
                                    "розвитку громадянського суспільства на 2021–2026 "
                                    "роки. 21 березня 2025 року Кабінет Міністрів "
                                    "затвердив план заходів на 2025–2026 роки, який "
                                    "містить 34 заходи. Серед них — онлайн-реєстрація "
                                    "громадських об'єднань через «Дію», шкільні "
                                    "громадські бюджети, публічні консультації і "
                                    "заохочення до волонтерства.</p>"
                                ),
                            },
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Яку проблему вашого району могла б розв'язати "
                                    "громадська організація? Що їй знадобилося б від "
                                    "міста?"
                                ),
                                "teacher_note": (
                                    "Групи можуть скласти «паспорт» уявної "
                                    "організації: назва, мета, перші три кроки, "
                                    "партнери. Звертайте увагу на реалістичність плану "
                                    "і на те, як організація залучатиме людей."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Civil society organisations and the city's support",
                    "intro": (
                        "Civil society is people joining together to change their "
                        "surroundings. The city has several programmes and events that "
                        "support them."
                    ),
                    "body": [
                        ("heading", "What civil society organisations are"),
                        (
                            "paragraph",
                            (
                                "<p>Civil society organisations are groups that people "
                                "set up voluntarily to pursue a shared goal together: "
                                "protecting the environment, helping people with "
                                "disabilities, developing sport, culture or education, "
                                "keeping an eye on the authorities. Such organisations "
                                "are independent of the authorities and do not work "
                                "for profit. There are many ways to get involved: "
                                "become a member or a volunteer, take part in events, "
                                "or simply spread the word about their work.</p><p>At "
                                "the same time, they can be partners of the "
                                "authorities. For example, several NGOs are among the "
                                "partners of Kyiv's commitment on a regulation on "
                                "public consultations.</p>"
                            ),
                        ),
                        ("glossary", "civil-society-organisation"),
                        ("heading", "City programmes and contests"),
                        (
                            "paragraph",
                            (
                                "<p>Kyiv adopts city programmes to support civil "
                                "society. For example, there was a programme for "
                                "2017–2019 (Kyiv City Council decision No. 536/1540 of "
                                "8 December 2016), followed by a programme for "
                                "2020–2022. Such programmes set out how the city works "
                                "with civil society organisations and what activities "
                                "it runs for this. For 2025–2027, Kyiv City Council "
                                "approved the Programme for strengthening the "
                                "institutional capacity of local self-government and "
                                "involving the community in decision-making.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<ul><li><b>“Громадська перспектива: прозора влада та "
                                "активна громада”</b> (“Civic Perspective: Transparent "
                                "Government and an Active Community”) is the city's "
                                "grant contest for civil society "
                                "projects.</li><li><b>TOP-100</b> is an annual city "
                                "award for successful civic initiatives, started in "
                                "2020. The second ceremony was held on 15 September "
                                "2021, the International Day of Democracy.</li><li>The "
                                "<b>Kyiv Forum of civil society organisations</b> has "
                                "been held since 2017, and district forums since "
                                "2019.</li><li>The urban-participation festival "
                                "<b>“Майстерня міста Києва”</b> (Kyiv City Workshop) "
                                "held its 2.0 edition on 6–7 September 2024.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "The national level",
                                "text": (
                                    "<p>Ukraine has a National Strategy for Promoting "
                                    "Civil Society Development for 2021–2026. On 21 "
                                    "March 2025, the Cabinet of Ministers approved an "
                                    "action plan for 2025–2026 with 34 measures. They "
                                    "include online registration of civic associations "
                                    "through Diia, school participatory budgets, "
                                    "public consultations and incentives for "
                                    "volunteering.</p>"
                                ),
                            },
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Which problem in your district could a civil "
                                    "society organisation solve? What would it need "
                                    "from the city?"
                                ),
                                "teacher_note": (
                                    "Groups can draw up a “passport” for an imaginary "
                                    "organisation: name, aim, first three steps, "
                                    "partners. Pay attention to how realistic the plan "
                                    "is and how the organisation will get people "
                                    "involved."
                                ),
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "safe-volunteering",
                "minutes": 9,
                "uk": {
                    "title": "Безпечне волонтерство для неповнолітніх",
                    "intro": (
                        "Допомагати іншим важливо, але не ціною власної безпеки. Ось "
                        "кілька правил для юних волонтерів і їхніх батьків."
                    ),
                    "body": [
                        ("heading", "Згода і відкритість"),
                        (
                            "paragraph",
                            (
                                "<p>Якщо вам від 14 до 18 років, для волонтерства "
                                "потрібна згода одного з батьків або опікуна. Це не "
                                "формальність: батьки мають знати, де ви, з ким і що "
                                "робите. Домовтеся з ними про час, дорогу і про те, як "
                                "з вами зв'язатися.</p><p>Надійна організація сама "
                                "запитає про згоду батьків, пояснить ваші завдання і "
                                "скаже, хто буде вашим керівником на місці.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Не для неповнолітніх",
                                "text": (
                                    "<p>Закон не дозволяє людям до 18 років "
                                    "волонтерити в деяких сферах, зокрема в медичних "
                                    "закладах і під час ліквідації наслідків "
                                    "надзвичайних ситуацій. Після обстрілів на місцях "
                                    "працюють рятувальники та дорослі волонтери: у "
                                    "вересні 2025 року КМВА підписала меморандуми про "
                                    "співпрацю з 11 волонтерськими організаціями і "
                                    "фондами, які допомагають після атак. Неповнолітні "
                                    "можуть допомогти інакше — безпечно і далеко від "
                                    "небезпеки.</p>"
                                ),
                            },
                        ),
                        ("heading", "Перевірте організацію"),
                        (
                            "paragraph",
                            (
                                "<ul><li>Дізнайтеся, чи організація офіційно "
                                "зареєстрована і чи має сайт або сторінку з "
                                "контактами.</li><li>Запитайте, хто відповідає за "
                                "волонтерів і як вас підготують до "
                                "завдання.</li><li>Будьте обережні з оголошеннями, де "
                                "просять переказати гроші на особисту картку або "
                                "надіслати фото документів.</li><li>Не погоджуйтеся на "
                                "завдання, які вас лякають або здаються небезпечними. "
                                "Відмовитися — нормально.</li></ul>"
                            ),
                        ),
                        ("heading", "Ваші дані і ваші фото"),
                        (
                            "paragraph",
                            (
                                "<p>Діліться лише тими особистими даними, які справді "
                                "потрібні для волонтерства. Не публікуйте в соцмережах "
                                "адрес, де зберігають допомогу, чи маршрутів "
                                "волонтерів. Якщо організація хоче розмістити ваше "
                                "фото, вона має запитати вашої згоди, а якщо вам менше "
                                "18 років — і згоди батьків. І ніколи нікому не "
                                "передавайте своїх паролів, кодів із SMS чи даних для "
                                "входу в BankID, навіть якщо про це просить "
                                "«організатор».</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Ваш друг побачив у соцмережах оголошення: "
                                    "«Терміново потрібні волонтери від 14 років для "
                                    "роботи на місці обстрілу». Що ви йому порадите?"
                                ),
                                "teacher_note": (
                                    "Очікувана відповідь: не їхати, перевірити "
                                    "організацію, поговорити з батьками, пам'ятати про "
                                    "законні обмеження для неповнолітніх. Обговоріть, "
                                    "як допомогти безпечно: збір речей у школі, "
                                    "онлайн-завдання, допомога сусідам поруч із домом."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Safe volunteering for minors",
                    "intro": (
                        "Helping others matters, but not at the cost of your own "
                        "safety. Here are a few rules for young volunteers and their "
                        "parents."
                    ),
                    "body": [
                        ("heading", "Consent and openness"),
                        (
                            "paragraph",
                            (
                                "<p>If you are between 14 and 18, you need the consent "
                                "of a parent or guardian to volunteer. This is not a "
                                "formality: your parents should know where you are, "
                                "who you are with and what you are doing. Agree with "
                                "them on the time, the route and how to reach "
                                "you.</p><p>A reliable organisation will ask about "
                                "your parents' consent itself, explain your tasks and "
                                "tell you who will supervise you on site.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Not for minors",
                                "text": (
                                    "<p>The law does not allow people under 18 to "
                                    "volunteer in some areas, including medical "
                                    "facilities and dealing with the aftermath of "
                                    "emergencies. After attacks, rescuers and adult "
                                    "volunteers work on site: in September 2025 the "
                                    "KCMA signed cooperation memoranda with 11 "
                                    "volunteer organisations and foundations that help "
                                    "after attacks. Minors can help in other ways, "
                                    "safely and well away from danger.</p>"
                                ),
                            },
                        ),
                        ("heading", "Check the organisation"),
                        (
                            "paragraph",
                            (
                                "<ul><li>Find out whether the organisation is "
                                "officially registered and has a website or a page "
                                "with contact details.</li><li>Ask who is responsible "
                                "for volunteers and how you will be prepared for the "
                                "task.</li><li>Be careful with posts that ask you to "
                                "transfer money to a personal card or to send photos "
                                "of documents.</li><li>Do not agree to tasks that "
                                "frighten you or seem dangerous. It is fine to say "
                                "no.</li></ul>"
                            ),
                        ),
                        ("heading", "Your data and your photos"),
                        (
                            "paragraph",
                            (
                                "<p>Share only the personal data that are really "
                                "needed for volunteering. Do not post on social media "
                                "the addresses where aid is stored or the routes "
                                "volunteers take. If an organisation wants to publish "
                                "your photo, it must ask for your consent and, if you "
                                "are under 18, your parents' consent too. And never "
                                "give anyone your passwords, SMS codes or BankID login "
                                "details, even if an “organiser” asks for them.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "A friend has seen a social-media post: "
                                    "“Volunteers aged 14 and over urgently needed to "
                                    "work at the site of a strike.” What would you "
                                    "advise them?"
                                ),
                                "teacher_note": (
                                    "Expected answer: do not go, check the "
                                    "organisation, talk to parents, remember the legal "
                                    "limits for minors. Discuss safe ways to help: "
                                    "collecting items at school, online tasks, helping "
                                    "neighbours close to home."
                                ),
                            },
                        ),
                    ],
                },
            },
        ],
    },
    # 6. For teachers: how to teach civic participation
    {
        "slug": "teaching-civic-participation",
        "audiences": ["teacher_pd"],
        "estimated_hours": "1.5",
        "pd_hours": 30,
        "ects_credits": "1.0",
        # The institute's document; the signatory is a position only (no invented
        # person): the institute fills in the name in the admin.
        "certificate": {
            "kind": "pd",
            "uk": {
                "provider": (
                    "Інститут післядипломної освіти Київського столичного "
                    "університету імені Бориса Грінченка"
                ),
                "signatory_position": "Директор Інституту післядипломної освіти",
            },
            "en": {
                "provider": (
                    "Institute of Postgraduate Education of Borys Grinchenko Kyiv "
                    "Metropolitan University"
                ),
                "signatory_position": (
                    "Director of the Institute of Postgraduate Education"
                ),
            },
        },
        "prerequisites": [],
        "cover": {"motif": "teacher", "colour": "#334155"},
        "uk": {
            "title": "Як навчати громадянської участі",
            "summary": (
                "Курс підвищення кваліфікації для вчителів (30 годин, 1 кредит ЄКТС), "
                "який пропонується разом з Інститутом післядипломної освіти Київського "
                "столичного університету імені Бориса Грінченка: дискусія, кейси, "
                "симуляції, відкриті дані, оцінювання і захист персональних даних "
                "учнів."
            ),
            "age_guidance": "Учителі 8–11 класів, викладачі коледжів і університетів",
            "topics": ["методика", "громадянська освіта", "персональні дані"],
            "outcomes": [
                (
                    "Після модуля ви зможете проводити дискусію на суспільні теми так, "
                    "щоб кожен учень почувався безпечно."
                ),
                "Після модуля ви зможете будувати урок на реальному київському кейсі.",
                (
                    "Після модуля ви зможете організувати симуляцію петиції чи "
                    "публічної консультації та дослідження з відкритими даними."
                ),
                (
                    "Після модуля ви зможете оцінювати навички участі за прозорими "
                    "критеріями."
                ),
                (
                    "Після модуля ви зможете захищати персональні дані учнів під час "
                    "навчальних проєктів."
                ),
            ],
            "teacher_guide": (
                "<p>Курс пропонується разом з Інститутом післядипломної освіти "
                "Київського столичного університету імені Бориса Грінченка. Три "
                "онлайн-уроки — лише частина програми обсягом 30 годин (1 кредит "
                "ЄКТС); як розподілено решту годин, визначає "
                "Інститут.</p><ul><li>Радимо учасникам спершу пройти п'ять учнівських "
                "модулів платформи: методичні поради спираються на факти з "
                "них.</li><li>Після кожного уроку попросіть учасників спланувати "
                "фрагмент власного заняття і обговорити його в "
                "парах.</li><li>Нагадуйте, що правила участі в Києві змінюються: перед "
                "кожним уроком варто перевіряти офіційні сайти kmr.gov.ua і "
                "kyivcity.gov.ua.</li></ul>"
            ),
            "cover_alt": (
                "Обкладинка курсу «Як навчати громадянської участі»: пласка ілюстрація "
                "з учителькою біля дошки і учнями, які сидять півколом."
            ),
        },
        "en": {
            "title": "How to teach civic participation",
            "summary": (
                "A professional-development course for teachers (30 hours, 1 ECTS "
                "credit), offered with the Institute of Postgraduate Education of "
                "Borys Grinchenko Kyiv Metropolitan University: discussion, case "
                "studies, simulations, open data, assessment and protecting pupils' "
                "personal data."
            ),
            "age_guidance": "Teachers of grades 8–11, college and university lecturers",
            "topics": ["teaching methods", "civic education", "personal data"],
            "outcomes": [
                (
                    "After this module you will be able to run a discussion on public "
                    "issues in which every pupil feels safe."
                ),
                (
                    "After this module you will be able to build a lesson around a "
                    "real Kyiv case."
                ),
                (
                    "After this module you will be able to organise a simulated "
                    "petition or public consultation and an open-data investigation."
                ),
                (
                    "After this module you will be able to assess participation skills "
                    "against clear criteria."
                ),
                (
                    "After this module you will be able to protect pupils' personal "
                    "data in class projects."
                ),
            ],
            "teacher_guide": (
                "<p>The course is offered with the Institute of Postgraduate Education "
                "of Borys Grinchenko Kyiv Metropolitan University. The three online "
                "lessons are only part of the 30-hour programme (1 ECTS credit); the "
                "Institute decides how the remaining hours are "
                "organised.</p><ul><li>We recommend that participants first take the "
                "platform's five modules for pupils: the teaching advice builds on the "
                "facts in them.</li><li>After each lesson, ask participants to plan "
                "part of one of their own lessons and discuss it in "
                "pairs.</li><li>Remind participants that Kyiv's participation rules "
                "change: check the official sites kmr.gov.ua and kyivcity.gov.ua "
                "before each lesson.</li></ul>"
            ),
            "cover_alt": (
                "Cover of the course “How to teach civic participation”: a flat "
                "illustration of a teacher at a board and pupils sitting in a "
                "semicircle."
            ),
        },
        "lessons": [
            {
                "slug": "discussion-and-case-studies",
                "minutes": 10,
                "uk": {
                    "title": "Дискусія і кейс-метод",
                    "intro": (
                        "Громадянської участі не навчишся лише з визначень. Учням "
                        "потрібно обговорювати, сперечатися й аналізувати реальні "
                        "ситуації."
                    ),
                    "body": [
                        (
                            "image",
                            {
                                "motif": "teacher",
                                "alt": (
                                    "Пласка ілюстрація: учителька біля дошки, учні "
                                    "сидять півколом і піднімають руки."
                                ),
                                "caption": (
                                    "Добра дискусія має правила, які клас приймає "
                                    "разом."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Цей курс пропонується разом з Інститутом "
                                "післядипломної освіти Київського столичного "
                                "університету імені Бориса Грінченка. Університет є "
                                "партнером зобов'язання Києва UAIEV0001 у Партнерстві "
                                "«Відкритий Уряд» — інтерактивних курсів громадянської "
                                "освіти для шкіл, закладів професійної освіти та "
                                "університетів.</p>"
                            ),
                        ),
                        ("heading", "Правила безпечної дискусії"),
                        (
                            "paragraph",
                            (
                                "<p>Розмова про місто легко перетворюється на "
                                "суперечку про політиків. Щоб цього уникнути, "
                                "домовтеся з класом про правила "
                                "заздалегідь:</p><ul><li>критикуємо ідеї, а не "
                                "людей;</li><li>кожну думку підкріплюємо аргументом "
                                "або фактом;</li><li>ніхто не зобов'язаний розкривати "
                                "свої політичні погляди чи погляди "
                                "родини;</li><li>учитель модерує, але не "
                                "агітує.</li></ul><p>Корисний формат — «чотири кути»: "
                                "учні стають у кут із позицією «згоден», «не згоден», "
                                "«частково згоден» або «не знаю» і пояснюють свій "
                                "вибір. Почувши аргументи інших, можна перейти в інший "
                                "кут.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Процес, а не партії",
                                "text": (
                                    "<p>Предмет громадянської освіти — те, як "
                                    "ухвалюють рішення і як на них впливати. "
                                    "Обговорюйте процедури, права й аргументи і не "
                                    "оцінюйте політиків та партії.</p>"
                                ),
                            },
                        ),
                        ("heading", "Кейс-метод"),
                        ("glossary", "case-study"),
                        (
                            "paragraph",
                            (
                                "<p>Добрий кейс — коротка реальна історія з конфліктом "
                                "інтересів. Наприклад: частина мешканців хоче "
                                "облаштувати сквер, а інші — зберегти там паркування. "
                                "Учні визначають сторони та їхні інтереси, добирають "
                                "інструменти участі (консультація щодо громадських "
                                "просторів, петиція, загальні збори) і прогнозують "
                                "наслідки кожного рішення.</p><p>Беріть факти лише з "
                                "перевірених джерел, зокрема з офіційних сайтів "
                                "kmr.gov.ua і kyivcity.gov.ua, і завжди вказуйте дату: "
                                "правила змінюються. Добрими джерелами кейсів є "
                                "петиції з опублікованими відповідями на "
                                "petition.kyivcity.gov.ua і результати консультацій "
                                "щодо громадських просторів, які оприлюднюють на "
                                "вебпорталі міста.</p><p>Орієнтовний розподіл часу: 10 "
                                "хвилин на читання кейсу, 15 хвилин на роботу в групах "
                                "і 10 хвилин на презентації та підсумки.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Який київський кейс ви могли б використати на "
                                    "своєму уроці? Які сторони та інтереси в ньому є?"
                                ),
                                "teacher_note": (
                                    "Для ведучого: попросіть учасників у малих групах "
                                    "описати кейс за схемою «ситуація — сторони — "
                                    "інструменти — наслідки» і представити його за три "
                                    "хвилини."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Discussion and the case study method",
                    "intro": (
                        "Civic participation cannot be learned from definitions alone. "
                        "Pupils need to discuss, argue and analyse real situations."
                    ),
                    "body": [
                        (
                            "image",
                            {
                                "motif": "teacher",
                                "alt": (
                                    "A flat illustration: a teacher at the board, with "
                                    "pupils sitting in a semicircle and raising their "
                                    "hands."
                                ),
                                "caption": (
                                    "A good discussion has rules that the class agrees "
                                    "on together."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>This course is offered with the Institute of "
                                "Postgraduate Education of Borys Grinchenko Kyiv "
                                "Metropolitan University. The university is a partner "
                                "in Kyiv's Open Government Partnership commitment "
                                "UAIEV0001: interactive civic-education courses for "
                                "schools, vocational colleges and universities.</p>"
                            ),
                        ),
                        ("heading", "Rules for a safe discussion"),
                        (
                            "paragraph",
                            (
                                "<p>A conversation about the city can easily turn into "
                                "an argument about politicians. To avoid this, agree "
                                "on rules with the class in advance:</p><ul><li>we "
                                "criticise ideas, not people;</li><li>we back every "
                                "opinion with an argument or a fact;</li><li>no one "
                                "has to reveal their own or their family's political "
                                "views;</li><li>the teacher moderates but does not "
                                "campaign.</li></ul><p>A useful format is “four "
                                "corners”: pupils go to the corner marked “agree”, "
                                "“disagree”, “partly agree” or “don't know” and "
                                "explain their choice. After hearing the others' "
                                "arguments, they may move to another corner.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Process, not parties",
                                "text": (
                                    "<p>Civic education is about how decisions are "
                                    "made and how to influence them. Discuss "
                                    "procedures, rights and arguments, and do not pass "
                                    "judgement on politicians and parties.</p>"
                                ),
                            },
                        ),
                        ("heading", "The case study method"),
                        ("glossary", "case-study"),
                        (
                            "paragraph",
                            (
                                "<p>A good case is a short real story with a conflict "
                                "of interests. For example, some residents want to "
                                "turn a plot into a small park, while others want to "
                                "keep the parking there. Pupils identify the parties "
                                "and their interests, choose participation tools (a "
                                "public-space consultation, a petition, a general "
                                "meeting) and predict the consequences of each "
                                "decision.</p><p>Take facts only from reliable "
                                "sources, such as the official sites kmr.gov.ua and "
                                "kyivcity.gov.ua, and always give the date: the rules "
                                "change. Good sources of cases are petitions with "
                                "published answers on petition.kyivcity.gov.ua and the "
                                "results of public-space consultations, which are "
                                "published on the city's web portal.</p><p>A rough "
                                "timing: 10 minutes to read the case, 15 minutes of "
                                "group work and 10 minutes for presentations and "
                                "wrap-up.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Which Kyiv case could you use in your lesson? "
                                    "Which parties and interests does it involve?"
                                ),
                                "teacher_note": (
                                    "For the facilitator: ask participants in small "
                                    "groups to describe a case using the outline "
                                    "“situation – parties – tools – consequences” and "
                                    "to present it in three minutes."
                                ),
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "simulations-and-open-data",
                "minutes": 10,
                "uk": {
                    "title": "Симуляції і робота з відкритими даними",
                    "intro": (
                        "Учні краще розуміють процедури, коли самі проходять їх крок "
                        "за кроком. Симуляції і відкриті дані дають такий досвід без "
                        "ризиків."
                    ),
                    "body": [
                        ("heading", "Симуляція петиції"),
                        (
                            "paragraph",
                            (
                                "<p>Учні пишуть петицію на шкільну або районну тему, "
                                "збирають «підписи» в класі чи паралелі, а група "
                                "«посадових осіб» готує вмотивовану відповідь. Щоб "
                                "процес був схожий на справжній, перенесіть київські "
                                "правила в масштаб класу: чіткий поріг підписів, "
                                "обмежений строк збору і строк для відповіді. "
                                "Покажіть, що відповідь може бути і позитивною, і "
                                "негативною, і що обидві — законний "
                                "результат.</p><p>Після симуляції порівняйте її зі "
                                'справжнім порталом <a href="'
                                'https://petition.kyivcity.gov.ua">'
                                "petition.kyivcity.gov.ua</a>: покажіть опубліковану "
                                "відповідь на реальну петицію і обговоріть, чим вона "
                                "схожа на відповідь ваших «посадових осіб» і чим "
                                "відрізняється.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "Без справжніх підписів",
                                "text": (
                                    "<p>Не просіть учнів підписувати справжні петиції "
                                    "чи проходити опитування на уроці. Для цього "
                                    "потрібна ідентифікація, зокрема через BankID, а "
                                    "участь має бути добровільним і особистим "
                                    "рішенням. Симуляцію проводьте на папері або в "
                                    "закритому навчальному середовищі.</p>"
                                ),
                            },
                        ),
                        ("heading", "Симуляція консультації"),
                        (
                            "paragraph",
                            (
                                "<p>Рольова гра за зразком консультацій щодо "
                                "громадських просторів: клас отримує проєкт "
                                "облаштування скверу, ролі (мешканці різного віку, "
                                "власниця кав'ярні, представник районної "
                                "адміністрації, громадська організація) і 15–20 хвилин "
                                "на підготовку. Далі — відкрите обговорення, "
                                "підсумковий протокол і рефлексія: чию думку "
                                "врахували, чию ні і чому.</p>"
                            ),
                        ),
                        ("heading", "Робота з відкритими даними"),
                        (
                            "paragraph",
                            (
                                "<p>Київ публікує набори даних на національному "
                                "порталі <a "
                                'href="https://data.gov.ua">data.gov.ua</a>. '
                                "Запропонуйте учням дослідницьке запитання про свій "
                                "район: нехай вони знайдуть набір даних, перевірять "
                                "дату оновлення і публікатора, побудують простий "
                                "графік і вкажуть джерело. Відкриті дані можна вільно "
                                "використовувати з посиланням на джерело, тому це "
                                "також гарна нагода поговорити про академічну "
                                "доброчесність. Зі старшими класами можна порівняти "
                                "дані за різні роки і обговорити, що могло спричинити "
                                "зміни.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Яку симуляцію ви могли б провести зі своїм класом "
                                    "за один урок? Що в ній буде найскладнішим для "
                                    "учнів?"
                                ),
                                "teacher_note": (
                                    "Для ведучого: попросіть учасників розписати урок "
                                    "по хвилинах і передбачити, як вони "
                                    "підтримуватимуть тихих учнів під час рольової гри."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Simulations and working with open data",
                    "intro": (
                        "Pupils understand procedures better when they go through them "
                        "step by step themselves. Simulations and open data give them "
                        "that experience without risk."
                    ),
                    "body": [
                        ("heading", "A simulated petition"),
                        (
                            "paragraph",
                            (
                                "<p>Pupils write a petition on a school or district "
                                "issue, collect “signatures” in their class or year "
                                "group, and a group of “officials” prepares a reasoned "
                                "answer. To make the process feel real, scale Kyiv's "
                                "rules down to the class: a clear signature threshold, "
                                "a limited collection period and a deadline for the "
                                "answer. Show that the answer can be positive or "
                                "negative, and that both are a legitimate "
                                "outcome.</p><p>After the simulation, compare it with "
                                'the real portal, <a href="'
                                'https://petition.kyivcity.gov.ua">'
                                "petition.kyivcity.gov.ua</a>: show a published answer "
                                "to a real petition and discuss how it resembles your "
                                "“officials'” answer and how it differs.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "No real signatures",
                                "text": (
                                    "<p>Do not ask pupils to sign real petitions or "
                                    "answer real polls during the lesson. These "
                                    "require identification, for example through "
                                    "BankID, and taking part must be a voluntary, "
                                    "personal decision. Run simulations on paper or in "
                                    "a closed learning environment.</p>"
                                ),
                            },
                        ),
                        ("heading", "A simulated consultation"),
                        (
                            "paragraph",
                            (
                                "<p>A role play modelled on consultations about public "
                                "spaces: the class receives a plan for redesigning a "
                                "small park, roles (residents of different ages, a "
                                "café owner, someone from the district administration, "
                                "a civil society organisation) and 15–20 minutes to "
                                "prepare. Then comes an open discussion, a final "
                                "record and reflection: whose views were taken into "
                                "account, whose were not, and why.</p>"
                            ),
                        ),
                        ("heading", "Working with open data"),
                        (
                            "paragraph",
                            (
                                "<p>Kyiv publishes its data sets on the national "
                                "portal <a "
                                'href="https://data.gov.ua">data.gov.ua</a>. Give '
                                "pupils a research question about their district: let "
                                "them find a data set, check when it was last updated "
                                "and who published it, build a simple chart and name "
                                "the source. Open data can be freely used as long as "
                                "the source is credited, so this is also a good "
                                "opportunity to talk about academic integrity. With "
                                "older pupils, you can compare data from different "
                                "years and discuss what might explain the changes.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Which simulation could you run with your class in "
                                    "a single lesson? What will pupils find hardest "
                                    "about it?"
                                ),
                                "teacher_note": (
                                    "For the facilitator: ask participants to plan the "
                                    "lesson minute by minute and to think ahead about "
                                    "how they will support quiet pupils during the "
                                    "role play."
                                ),
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "assessment-and-data-protection",
                "minutes": 10,
                "uk": {
                    "title": "Оцінювання навичок участі і захист даних учнів",
                    "intro": (
                        "Як оцінити, чи учень навчився брати участь, а не лише "
                        "запам'ятав терміни? І як при цьому захистити його персональні "
                        "дані?"
                    ),
                    "body": [
                        ("heading", "Що оцінювати"),
                        (
                            "paragraph",
                            (
                                "<p>Оцінюйте навички, а не погляди. Учень може "
                                "підтримувати ідею або заперечувати її, але важливо, "
                                "як він шукає інформацію, аргументує, слухає інших і "
                                "дотримується процедури. Зручно користуватися "
                                "критеріями, які ви заздалегідь показали "
                                "класу:</p><ul><li>точність фактів і посилання на "
                                "джерела;</li><li>якість аргументів і врахування інших "
                                "позицій;</li><li>співпраця в групі;</li><li>розуміння "
                                "того, хто ухвалює рішення і як на нього "
                                "вплинути;</li><li>рефлексія: що вдалося і що варто "
                                "зробити інакше.</li></ul><p>Для кожного критерію "
                                "опишіть три-чотири рівні, від початкового до "
                                "високого. Так учні бачать, що саме можна покращити, а "
                                "оцінка стає зрозумілою і для них, і для батьків.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Поєднуйте різні форми оцінювання: самооцінювання, "
                                "взаємооцінювання, короткі тести на знання фактів і "
                                "портфоліо з продуктами учнів — петицією, протоколом "
                                "консультації, графіком на основі відкритих даних.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Участь поза школою — не для оцінок",
                                "text": (
                                    "<p>Участь у справжніх петиціях, опитуваннях чи "
                                    "волонтерстві поза школою — особиста справа учня і "
                                    "його родини. Не ставте оцінок за те, підписав "
                                    "учень справжню петицію чи ні.</p>"
                                ),
                            },
                        ),
                        ("heading", "Захист персональних даних"),
                        ("glossary", "personal-data"),
                        (
                            "paragraph",
                            (
                                "<p>Навчальні проєкти часто створюють дані про учнів: "
                                "підписи, фото, відео, відповіді на опитування. Ось "
                                "кілька правил у дусі Закону України «Про захист "
                                "персональних даних»:</p><ul><li>збирайте лише те, що "
                                "справді потрібно для навчання;</li><li>для публікації "
                                "фото чи робіт неповнолітніх отримуйте згоду учнів і "
                                "їхніх батьків;</li><li>у відкритих звітах і "
                                "презентаціях використовуйте узагальнені або "
                                "знеособлені дані;</li><li>ніколи не просіть учнів "
                                "ділитися обліковими записами, даними BankID чи кодами "
                                "підтвердження.</li></ul><p>Зберігайте роботи учнів у "
                                "шкільних системах, а не в особистих месенджерах, і "
                                "видаляйте зайві дані, коли проєкт завершено.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "Які дані про учнів збирає ваш навчальний проєкт і "
                                    "без яких із них можна обійтися?"
                                ),
                                "teacher_note": (
                                    "Для ведучого: запропонуйте учасникам переглянути "
                                    "свій план уроку, позначити кожне місце, де "
                                    "з'являються персональні дані учнів, і записати, "
                                    "як їх захистити."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": (
                        "Assessing participation skills and protecting pupils' data"
                    ),
                    "intro": (
                        "How can you tell whether a pupil has learned to take part, "
                        "not just memorised the terms? And how do you protect their "
                        "personal data along the way?"
                    ),
                    "body": [
                        ("heading", "What to assess"),
                        (
                            "paragraph",
                            (
                                "<p>Assess skills, not views. A pupil may support an "
                                "idea or oppose it; what matters is how they look for "
                                "information, argue, listen to others and follow the "
                                "procedure. It helps to use criteria you have shown "
                                "the class in advance:</p><ul><li>accurate facts and "
                                "references to sources;</li><li>the quality of "
                                "arguments and attention to other "
                                "positions;</li><li>cooperation in a "
                                "group;</li><li>understanding who makes a decision and "
                                "how to influence it;</li><li>reflection: what worked "
                                "and what to do differently.</li></ul><p>For each "
                                "criterion, describe three or four levels, from "
                                "beginning to advanced. This way pupils can see "
                                "exactly what to improve, and the grade makes sense to "
                                "them and to their parents.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Combine different forms of assessment: "
                                "self-assessment, peer assessment, short quizzes on "
                                "the facts, and a portfolio of pupils' work, such as a "
                                "petition, the record of a consultation or a chart "
                                "based on open data.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": (
                                    "Participation outside school is not for grades"
                                ),
                                "text": (
                                    "<p>Taking part in real petitions, polls or "
                                    "volunteering outside school is a private matter "
                                    "for the pupil and their family. Do not give marks "
                                    "for whether a pupil has signed a real "
                                    "petition.</p>"
                                ),
                            },
                        ),
                        ("heading", "Protecting personal data"),
                        ("glossary", "personal-data"),
                        (
                            "paragraph",
                            (
                                "<p>Class projects often produce data about pupils: "
                                "signatures, photos, videos, poll answers. Here are a "
                                "few rules in the spirit of the Law of Ukraine “On "
                                "Personal Data Protection”:</p><ul><li>collect only "
                                "what you really need for learning;</li><li>get the "
                                "consent of pupils and their parents before publishing "
                                "photos or work by minors;</li><li>use aggregated or "
                                "anonymised data in public reports and "
                                "presentations;</li><li>never ask pupils to share "
                                "their accounts, BankID details or confirmation "
                                "codes.</li></ul><p>Keep pupils' work in school "
                                "systems rather than in personal messengers, and "
                                "delete data you no longer need once the project is "
                                "over.</p>"
                            ),
                        ),
                        (
                            "discussion",
                            {
                                "prompt": (
                                    "What data about pupils does your class project "
                                    "collect, and which of them could you do without?"
                                ),
                                "teacher_note": (
                                    "For the facilitator: ask participants to go "
                                    "through their lesson plan, mark every point where "
                                    "pupils' personal data appear, and write down how "
                                    "to protect them."
                                ),
                            },
                        ),
                    ],
                },
            },
        ],
    },
]
