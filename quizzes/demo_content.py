"""Knowledge checks for the demo lessons (one quiz per lesson), in Ukrainian with
English translations. Answers follow courses/demo_content.py and
../shared/content-facts.md."""

QUIZZES = [
    {
        "module": "public-consultations",
        "lesson": "why-ask-residents",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: навіщо місту питати мешканців",
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "matching",
                    {
                        "prompt": "<p>З'єднайте назву органу з тим, що він робить.</p>",
                        "pairs": [
                            {
                                "left": "Київська міська рада",
                                "right": (
                                    "Обрані киянами депутати, які ухвалюють рішення, "
                                    "зокрема про міський бюджет"
                                ),
                            },
                            {
                                "left": "КМДА",
                                "right": (
                                    "Виконує рішення ради і керує міським господарством"
                                ),
                            },
                            {
                                "left": "КМВА",
                                "right": (
                                    "Окремий орган, який діє під час воєнного стану й "
                                    "має іншого керівника"
                                ),
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Київрада ухвалює рішення, КМДА їх виконує, а КМВА — "
                            "окремий орган воєнного часу. Ці органи легко сплутати, "
                            "але це різні установи."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": "<p>Коли відбувається публічна консультація?</p>",
                        "options": [
                            {
                                "text": (
                                    "До ухвалення рішення: влада пояснює, що планує, і "
                                    "збирає думки людей, яких це стосується"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Так. Консультація — це розмова до рішення, а не "
                                    "після нього."
                                ),
                            },
                            {
                                "text": "Лише під час виборів до міської ради",
                                "correct": False,
                                "feedback": (
                                    "Ні. Вибори — окрема форма участі. Консультації "
                                    "проводять, коли готують конкретне рішення."
                                ),
                            },
                            {
                                "text": (
                                    "Після ухвалення рішення, щоб повідомити людям, що "
                                    "вже вирішено"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Повідомити про готове рішення — це лише "
                                    "інформування. Консультація збирає думки ще до "
                                    "рішення."
                                ),
                            },
                        ],
                        "explanation": (
                            "Під час публічної консультації влада ще до рішення "
                            "пояснює свої плани і збирає думки тих, кого вони "
                            "стосуються. Рішення стає кращим, коли його перевірили "
                            "люди, які живуть поруч."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Опитування в «Київ Цифровому» у травні 2025 року "
                            "показує, що думають усі кияни.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "Ні. Відповідали лише ті користувачі застосунку, які самі "
                            "захотіли, тож це не думка всіх киян."
                        ),
                        "feedback_false": (
                            "Правильно. Відповідали лише ті, хто захотів, тож "
                            "опитування не представляє всіх киян."
                        ),
                        "explanation": (
                            "Коли люди самі вирішують, чи відповідати, результати "
                            "показують думку лише цих людей. Тому 3% і 42% з цього "
                            "опитування не можна переносити на все місто."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>Як називається документ, який Київрада затвердила у "
                            "2002 році і в якому записано головні правила життя "
                            "громади? Відповідь — одне-два слова.</p>"
                        ),
                        "accepted": [
                            "Статут",
                            "Статут громади",
                            "Статут Києва",
                            "Статут міста",
                            "Статут територіальної громади",
                            "Статут територіальної громади міста Києва",
                            "Статут територіальної громади м. Києва",
                        ],
                        "feedback_correct": (
                            "Так, це Статут територіальної громади міста Києва."
                        ),
                        "feedback_incorrect": (
                            "Не зовсім. Ідеться про Статут територіальної громади "
                            "міста Києва."
                        ),
                        "explanation": (
                            "Статут територіальної громади міста Києва затверджено у "
                            "2002 році. На нього спираються пізніші рішення про участь "
                            "мешканців."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: why a city should ask its residents",
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "matching",
                    {
                        "prompt": "<p>Match each body to what it does.</p>",
                        "pairs": [
                            {
                                "left": "Kyiv City Council",
                                "right": (
                                    "Councillors elected by Kyiv residents who take "
                                    "decisions, for example on the city budget"
                                ),
                            },
                            {
                                "left": "KCSA (КМДА)",
                                "right": (
                                    "Carries out the Council's decisions and runs the "
                                    "city's services"
                                ),
                            },
                            {
                                "left": "KCMA (КМВА)",
                                "right": (
                                    "A separate body that works under martial law and "
                                    "has a different head"
                                ),
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "The Council makes decisions, the KCSA carries them out, "
                            "and the KCMA is a separate wartime body. They are easy to "
                            "mix up, but they are different institutions."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": "<p>When does a public consultation take place?</p>",
                        "options": [
                            {
                                "text": (
                                    "Before a decision is made: the authorities "
                                    "explain their plans and collect the views of the "
                                    "people affected"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. A consultation is a conversation before a "
                                    "decision, not after it."
                                ),
                            },
                            {
                                "text": "Only during elections to the City Council",
                                "correct": False,
                                "feedback": (
                                    "No. Elections are a separate form of "
                                    "participation. Consultations happen when a "
                                    "specific decision is being prepared."
                                ),
                            },
                            {
                                "text": (
                                    "After the decision, to tell people what has "
                                    "already been decided"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. Announcing a finished decision is just "
                                    "informing people. A consultation gathers views "
                                    "before the decision."
                                ),
                            },
                        ],
                        "explanation": (
                            "In a public consultation the authorities explain their "
                            "plans before deciding and collect the views of those "
                            "affected. A decision gets better when people who live "
                            "nearby have checked it."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>The May 2025 poll in Kyiv Digital shows what all Kyiv "
                            "residents think.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "No. Only app users who chose to answer took part, so it "
                            "is not the view of all residents."
                        ),
                        "feedback_false": (
                            "Correct. Only those who wanted to answer took part, so "
                            "the poll does not represent all residents."
                        ),
                        "explanation": (
                            "When people decide for themselves whether to answer, the "
                            "results show only their views. So the 3% and 42% from "
                            "this poll cannot be applied to the whole city."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>What is the document that Kyiv City Council approved "
                            "in 2002 and that sets out the main rules of community "
                            "life? Answer in one or two words.</p>"
                        ),
                        "accepted": [
                            "Statute",
                            "The Statute",
                            "Community Statute",
                            "City Statute",
                            "Kyiv Statute",
                            "Statute of Kyiv",
                            "Statute of the Kyiv territorial community",
                        ],
                        "feedback_correct": (
                            "Yes, it is the Statute of the Kyiv territorial community."
                        ),
                        "feedback_incorrect": (
                            "Not quite. The answer is the Statute of the Kyiv "
                            "territorial community."
                        ),
                        "explanation": (
                            "The Statute of the Kyiv territorial community was "
                            "approved in 2002. Later decisions on residents' "
                            "participation build on it."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "public-consultations",
        "lesson": "hearings-initiatives-meetings",
        "pass_mark": 60,
        "uk": {
            "title": (
                "Перевірка знань: громадські слухання, місцеві ініціативи і загальні "
                "збори"
            ),
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "matching",
                    {
                        "prompt": "<p>З'єднайте інструмент участі з його описом.</p>",
                        "pairs": [
                            {
                                "left": "Громадські слухання",
                                "right": (
                                    "Відкрита зустріч мешканців із депутатами та "
                                    "посадовими особами"
                                ),
                            },
                            {
                                "left": "Місцева ініціатива",
                                "right": (
                                    "Ініціативна група просить раду розглянути "
                                    "конкретне питання, наприклад проєкт рішення"
                                ),
                            },
                            {
                                "left": "Загальні збори за місцем проживання",
                                "right": (
                                    "Мешканці будинку, вулиці чи кварталу обговорюють "
                                    "спільні справи"
                                ),
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Усі три інструменти дають змогу порушити питання перед "
                            "владою, але мають різні правила. У Києві для кожного з "
                            "них Київрада затвердила окремий порядок."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>На громадських слуханнях мешканці голосують, і їхнє "
                            "голосування є остаточним рішенням.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "Ні. Слухання — не голосування. Остаточне рішення ухвалює "
                            "відповідний орган."
                        ),
                        "feedback_false": (
                            "Правильно. Слухання допомагають зібрати аргументи й "
                            "пропозиції, а рішення ухвалює відповідний орган."
                        ),
                        "explanation": (
                            "Пропозиції, висловлені на слуханнях, влада має "
                            "розглянути. Але слухання не замінюють рішення ради чи "
                            "іншого органу."
                        ),
                    },
                ),
                (
                    "ordering",
                    {
                        "prompt": (
                            "<p>Розташуйте кроки підготовки до участі в тому порядку, "
                            "який радить урок.</p>"
                        ),
                        "items": [
                            "З'ясувати, хто ухвалює рішення з вашого питання",
                            (
                                "Зібрати факти: фото, дати, кількість людей, яких це "
                                "стосується"
                            ),
                            "Сформулювати одну-дві конкретні пропозиції",
                            "Знайти однодумців",
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Спершу треба знати, до кого звертатися, потім мати факти "
                            "і чітку пропозицію. Що краще підготовлено пропозицію і що "
                            "більше в неї прихильників, то важче її проігнорувати."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": "<p>Доповніть речення.</p>",
                        "text": (
                            "Закон № 3703-IX про народовладдя на рівні місцевого "
                            "самоврядування набув чинності 8 січня [[2025]] року, а "
                            "громади мають ухвалити свої статути до 1 січня [[2027]] "
                            "року."
                        ),
                        "scoring": "partial",
                        "explanation": (
                            "Новий закон регулює загальні збори, слухання, місцеві "
                            "ініціативи, петиції й консультації. Статути треба "
                            "ухвалити до 2027 року, тож київські правила ще можуть "
                            "змінитися."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": (
                "Knowledge check: public hearings, local initiatives and general "
                "meetings"
            ),
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "matching",
                    {
                        "prompt": (
                            "<p>Match each participation tool to its description.</p>"
                        ),
                        "pairs": [
                            {
                                "left": "Public hearing",
                                "right": (
                                    "An open meeting of residents with councillors and "
                                    "officials"
                                ),
                            },
                            {
                                "left": "Local initiative",
                                "right": (
                                    "An initiative group asks the council to consider "
                                    "a specific matter, such as a draft decision"
                                ),
                            },
                            {
                                "left": "General meeting at the place of residence",
                                "right": (
                                    "Residents of a building, a street or a block "
                                    "discuss shared matters"
                                ),
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "All three tools let residents raise an issue with the "
                            "authorities, but each has its own rules. In Kyiv, the "
                            "City Council approved a separate procedure for each of "
                            "them."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>At a public hearing, residents vote, and their vote is "
                            "the final decision.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "No. A hearing is not a vote. The final decision is taken "
                            "by the body responsible."
                        ),
                        "feedback_false": (
                            "Correct. A hearing gathers arguments and proposals, and "
                            "the body responsible takes the decision."
                        ),
                        "explanation": (
                            "The authorities have to consider proposals made at a "
                            "hearing. But a hearing does not replace a decision by the "
                            "council or another body."
                        ),
                    },
                ),
                (
                    "ordering",
                    {
                        "prompt": (
                            "<p>Put the steps for preparing to take part in the order "
                            "the lesson suggests.</p>"
                        ),
                        "items": [
                            "Find out who takes the decision on your issue",
                            "Gather facts: photos, dates, how many people are affected",
                            "Put one or two specific proposals into words",
                            "Find people who agree with you",
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "First you need to know whom to approach, then you need "
                            "facts and a clear proposal. The better prepared a "
                            "proposal is and the more supporters it has, the harder it "
                            "is to ignore."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": "<p>Complete the sentence.</p>",
                        "text": (
                            "Law No. 3703-IX on direct democracy at local level came "
                            "into force on 8 January [[2025]], and communities must "
                            "adopt their statutes by 1 January [[2027]]."
                        ),
                        "scoring": "partial",
                        "explanation": (
                            "The new law covers general meetings, hearings, local "
                            "initiatives, petitions and consultations. Statutes must "
                            "be adopted by 2027, so Kyiv's rules may still change."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "public-consultations",
        "lesson": "consultation-rules",
        "pass_mark": 60,
        "uk": {
            "title": (
                "Перевірка знань: консультації КМДА, громадські простори і новий закон"
            ),
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Мешканці хочуть обговорити з містом план облаштування "
                            "скверу. Як вони можуть ініціювати консультацію за "
                            "положенням про громадські простори?</p>"
                        ),
                        "options": [
                            {
                                "text": "Звернутися до Кабінету Міністрів України",
                                "correct": False,
                                "feedback": (
                                    "Ні. Це міське положення: звернення надсилають "
                                    "міському голові."
                                ),
                            },
                            {
                                "text": (
                                    "Ініціативна група надсилає письмове звернення "
                                    "міському голові"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Так. Мешканцям не треба чекати, поки місто саме "
                                    "запропонує обговорення."
                                ),
                            },
                            {
                                "text": "Зібрати 6000 підписів під петицією за 60 днів",
                                "correct": False,
                                "feedback": (
                                    "Ні. Це правила петицій до Київради, а не "
                                    "консультацій щодо громадських просторів."
                                ),
                            },
                            {
                                "text": (
                                    "Ніяк: консультацію може запропонувати лише саме "
                                    "місто"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Консультацію можуть ініціювати мешканці або "
                                    "органи самоорганізації населення (ОСН)."
                                ),
                            },
                        ],
                        "explanation": (
                            "За положенням, яке діє з 1 січня 2022 року, консультацію "
                            "можуть ініціювати мешканці або ОСН: ініціативна група "
                            "надсилає письмове звернення міському голові. Результати "
                            "вносять до реєстру й оприлюднюють на вебпорталі міста."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Які місця охоплює київське положення про консультації "
                            "щодо громадських просторів? Оберіть усі правильні "
                            "відповіді.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Пляжі",
                                "correct": True,
                                "feedback": "Так, пляжі теж є в переліку.",
                            },
                            {
                                "text": "Парки і сквери",
                                "correct": True,
                                "feedback": "Так, парки і сквери є в переліку.",
                            },
                            {
                                "text": "Приватні офіси компаній",
                                "correct": False,
                                "feedback": (
                                    "Ні. Положення стосується громадських просторів і "
                                    "публічних будівель, що належать місту."
                                ),
                            },
                            {
                                "text": "Пішохідні зони",
                                "correct": True,
                                "feedback": "Так, пішохідні зони охоплено.",
                            },
                            {
                                "text": "Приватні квартири",
                                "correct": False,
                                "feedback": (
                                    "Ні. Квартира — приватне житло, а не громадський "
                                    "простір."
                                ),
                            },
                        ],
                        "explanation": (
                            "Положення охоплює пішохідні зони, парки і сквери, "
                            "проспекти і бульвари, публічні будівлі, що належать "
                            "місту, а також пляжі."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Закон України «Про публічні консультації» № 3841-IX "
                            "уже ухвалено, але він ще не діє.</p>"
                        ),
                        "correct": True,
                        "feedback_true": (
                            "Правильно. Закон ухвалено і підписано, але чинності він "
                            "ще не набрав."
                        ),
                        "feedback_false": (
                            "Насправді це правда: закон ухвалено у 2024 році, але він "
                            "ще не діє."
                        ),
                        "explanation": (
                            "Верховна Рада ухвалила закон 20 червня 2024 року, а "
                            "Президент підписав його 17 жовтня 2024 року. Він набере "
                            "чинності через 12 місяців після припинення або скасування "
                            "воєнного стану."
                        ),
                    },
                ),
                (
                    "numeric",
                    {
                        "prompt": (
                            "<p>Через скільки місяців після припинення або скасування "
                            "воєнного стану набере чинності Закон «Про публічні "
                            "консультації»?</p>"
                        ),
                        "answer": "12",
                        "tolerance": "0",
                        "unit": "місяців",
                        "feedback_correct": "Так, через 12 місяців.",
                        "feedback_incorrect": (
                            "Ні. Закон набере чинності через 12 місяців після "
                            "припинення або скасування воєнного стану."
                        ),
                        "explanation": (
                            "Поки триває воєнний стан, закон не діє. Відлік 12 місяців "
                            "почнеться після того, як воєнний стан припинять або "
                            "скасують."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": "<p>Доповніть речення про консультації КМДА.</p>",
                        "text": (
                            "За постановою № 996 КМДА проводить консультації у формі "
                            "публічного громадського [[обговорення]] і вивчення "
                            "громадської [[думки|думка]]. Громадську раду при КМДА "
                            "формують на [[2|два]] роки."
                        ),
                        "scoring": "partial",
                        "explanation": (
                            "Постанова Кабінету Міністрів № 996 від 2010 року "
                            "передбачає обговорення (зустрічі, круглі столи) і "
                            "вивчення громадської думки (опитування). Громадська рада "
                            "— тимчасовий консультативно-дорадчий орган, який формують "
                            "на два роки."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": (
                "Knowledge check: KCSA consultations, public spaces and the new law"
            ),
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Residents want to discuss the city's plan for a "
                            "square. How can they start a consultation under the "
                            "regulation on public spaces?</p>"
                        ),
                        "options": [
                            {
                                "text": "Apply to the Cabinet of Ministers of Ukraine",
                                "correct": False,
                                "feedback": (
                                    "No. This is a city regulation: the request goes "
                                    "to the mayor."
                                ),
                            },
                            {
                                "text": (
                                    "An initiative group sends a written request to "
                                    "the mayor"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. Residents do not have to wait for the city "
                                    "to offer a discussion."
                                ),
                            },
                            {
                                "text": (
                                    "Collect 6,000 signatures for a petition within 60 "
                                    "days"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. Those are the rules for petitions to Kyiv "
                                    "City Council, not for consultations on public "
                                    "spaces."
                                ),
                            },
                            {
                                "text": (
                                    "They can't: only the city itself can propose a "
                                    "consultation"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. Residents or self-organisation bodies of the "
                                    "population (ОСН) can start a consultation."
                                ),
                            },
                        ],
                        "explanation": (
                            "Under the regulation in force since 1 January 2022, "
                            "residents or self-organisation bodies can start a "
                            "consultation: an initiative group sends a written request "
                            "to the mayor. The results go into a register and are "
                            "published on the city's web portal."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Which places does Kyiv's regulation on consultations "
                            "about public spaces cover? Choose all correct answers.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Beaches",
                                "correct": True,
                                "feedback": "Yes, beaches are on the list too.",
                            },
                            {
                                "text": "Parks and squares",
                                "correct": True,
                                "feedback": "Yes, parks and squares are on the list.",
                            },
                            {
                                "text": "Companies' private offices",
                                "correct": False,
                                "feedback": (
                                    "No. The regulation covers public spaces and "
                                    "city-owned public buildings."
                                ),
                            },
                            {
                                "text": "Pedestrian zones",
                                "correct": True,
                                "feedback": "Yes, pedestrian zones are covered.",
                            },
                            {
                                "text": "Private flats",
                                "correct": False,
                                "feedback": (
                                    "No. A flat is a private home, not a public space."
                                ),
                            },
                        ],
                        "explanation": (
                            "The regulation covers pedestrian zones, parks and "
                            "squares, avenues and boulevards, city-owned public "
                            "buildings, and beaches."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>The Law of Ukraine “On Public Consultations” No. "
                            "3841-IX has been adopted but is not yet in force.</p>"
                        ),
                        "correct": True,
                        "feedback_true": (
                            "Correct. The law has been adopted and signed, but it has "
                            "not yet taken effect."
                        ),
                        "feedback_false": (
                            "Actually, it is true: the law was adopted in 2024, but it "
                            "is not yet in force."
                        ),
                        "explanation": (
                            "The Verkhovna Rada adopted the law on 20 June 2024, and "
                            "the President signed it on 17 October 2024. It will take "
                            "effect 12 months after martial law is ended or lifted."
                        ),
                    },
                ),
                (
                    "numeric",
                    {
                        "prompt": (
                            "<p>How many months after martial law is ended or lifted "
                            "will the Law “On Public Consultations” take effect?</p>"
                        ),
                        "answer": "12",
                        "tolerance": "0",
                        "unit": "months",
                        "feedback_correct": "Yes, 12 months.",
                        "feedback_incorrect": (
                            "No. The law takes effect 12 months after martial law is "
                            "ended or lifted."
                        ),
                        "explanation": (
                            "While martial law lasts, the law is not in force. The 12 "
                            "months start once martial law is ended or lifted."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": (
                            "<p>Complete the sentences about KCSA consultations.</p>"
                        ),
                        "text": (
                            "Under Resolution No. 996, the KCSA holds consultations in "
                            "the form of public [[discussion]] and the study of public "
                            "[[opinion]]. The Public Council at the KCSA is formed for "
                            "[[2|two]] years."
                        ),
                        "scoring": "partial",
                        "explanation": (
                            "Cabinet of Ministers Resolution No. 996 of 2010 provides "
                            "for public discussion (meetings, round tables) and the "
                            "study of public opinion (surveys). The Public Council is "
                            "a temporary consultative and advisory body formed for two "
                            "years."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "e-petitions-kyiv-digital",
        "lesson": "kyiv-petitions",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: як працюють петиції до Київради",
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "numeric",
                    {
                        "prompt": (
                            "<p>Скільки підписів має зібрати петиція до Київської "
                            "міської ради за правилами, що діють з 10 червня 2021 "
                            "року?</p>"
                        ),
                        "answer": "6000",
                        "tolerance": "0",
                        "unit": "підписів",
                        "feedback_correct": (
                            "Так, 6000 підписів за 60 календарних днів."
                        ),
                        "feedback_incorrect": (
                            "Ні. Петиція до Київради має зібрати 6000 підписів за 60 "
                            "календарних днів."
                        ),
                        "explanation": (
                            "Місто пояснювало цей поріг як приблизно 0,2% населення, "
                            "або 100 підписів на день. 10 000 підписів — це старі "
                            "правила 2015–2021 років, а 25 000 — поріг для петицій до "
                            "центральної влади."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Однокласник каже: «Петиція до Київради має зібрати "
                            "6000 підписів за 90 днів». Що з цього правильно?</p>"
                        ),
                        "options": [
                            {
                                "text": "Усе правильно",
                                "correct": False,
                                "feedback": (
                                    "Ні. Строк для петиції до Київради — 60 "
                                    "календарних днів, а не 90."
                                ),
                            },
                            {
                                "text": "Потрібно 10 000 підписів за три місяці",
                                "correct": False,
                                "feedback": (
                                    "Ні. Це старі правила, які діяли з 2015 до 2021 "
                                    "року."
                                ),
                            },
                            {
                                "text": (
                                    "Число правильне, а строк ні: потрібно 6000 "
                                    "підписів за 60 днів"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Так. «6000 за 90 днів» — поширена, але "
                                    "неправильна суміш різних правил."
                                ),
                            },
                            {
                                "text": "Потрібно 25 000 підписів за три місяці",
                                "correct": False,
                                "feedback": (
                                    "Ні. Це поріг для петицій до Президента, Верховної "
                                    "Ради чи Кабінету Міністрів."
                                ),
                            },
                        ],
                        "explanation": (
                            "Петиція до Київради: 6000 підписів за 60 днів. Петиція до "
                            "центральної влади: 25 000 підписів не більш як за три "
                            "місяці. Старе київське правило (10 000 за три місяці) вже "
                            "не діє."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": "<p>Доповніть речення.</p>",
                        "text": (
                            "Петиції до Президента, Верховної Ради чи Кабінету "
                            "Міністрів мають зібрати [[25000|25 000]] підписів не "
                            "більш як за [[3|три]] місяці."
                        ),
                        "scoring": "partial",
                        "explanation": (
                            "Це правила для загальнодержавних петицій. Для петицій до "
                            "Київради поріг нижчий: 6000 підписів за 60 днів."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Чим можна скористатися, щоб підтвердити свою особу під "
                            "час підписання петиції до Київради? Оберіть усі правильні "
                            "відповіді.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "MobileID",
                                "correct": True,
                                "feedback": "Так, MobileID підходить.",
                            },
                            {
                                "text": "BankID",
                                "correct": True,
                                "feedback": "Так, BankID підходить.",
                            },
                            {
                                "text": "Картка киянина",
                                "correct": True,
                                "feedback": "Так, Картка киянина теж підходить.",
                            },
                            {
                                "text": (
                                    "Фото учнівського квитка, надіслане авторам петиції"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Такого способу немає, а надсилати фото "
                                    "документів стороннім людям небезпечно."
                                ),
                            },
                            {
                                "text": (
                                    "Лише ім'я та адреса електронної пошти, без "
                                    "перевірки"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Особу треба підтвердити, щоб за петицією "
                                    "стояли реальні люди, а не вигадані облікові "
                                    "записи."
                                ),
                            },
                        ],
                        "explanation": (
                            "Підписати петицію можна через обліковий запис на сайті "
                            "Київради, Картку киянина, BankID, MobileID або "
                            "електронний підпис. Так місто перевіряє, що підписують "
                            "реальні люди."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>На якому сайті подають і підписують петиції до "
                            "Київської міської ради? Напишіть адресу.</p>"
                        ),
                        "accepted": [
                            "petition.kyivcity.gov.ua",
                            "petition.kyivcity.gov.ua/",
                            "https://petition.kyivcity.gov.ua",
                            "https://petition.kyivcity.gov.ua/",
                        ],
                        "feedback_correct": "Так, це petition.kyivcity.gov.ua.",
                        "feedback_incorrect": (
                            "Ні. Петиції до Київради подають і підписують на "
                            "petition.kyivcity.gov.ua."
                        ),
                        "explanation": (
                            "Портал повноцінно працює з 2 листопада 2015 року. На "
                            "ньому видно, скільки підписів уже зібрала кожна петиція."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: how petitions to Kyiv City Council work",
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "numeric",
                    {
                        "prompt": (
                            "<p>How many signatures does a petition to Kyiv City "
                            "Council need under the rules in force since 10 June "
                            "2021?</p>"
                        ),
                        "answer": "6000",
                        "tolerance": "0",
                        "unit": "signatures",
                        "feedback_correct": (
                            "Yes, 6,000 signatures within 60 calendar days."
                        ),
                        "feedback_incorrect": (
                            "No. A petition to Kyiv City Council needs 6,000 "
                            "signatures within 60 calendar days."
                        ),
                        "explanation": (
                            "The city explained this threshold as about 0.2% of the "
                            "population, or 100 signatures a day. 10,000 signatures "
                            "was the old rule from 2015 to 2021, and 25,000 is the "
                            "threshold for petitions to the national authorities."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>A classmate says: “A petition to Kyiv City Council "
                            "needs 6,000 signatures in 90 days.” What is right?</p>"
                        ),
                        "options": [
                            {
                                "text": "It is all correct",
                                "correct": False,
                                "feedback": (
                                    "No. The time limit for a petition to Kyiv City "
                                    "Council is 60 calendar days, not 90."
                                ),
                            },
                            {
                                "text": "It needs 10,000 signatures in three months",
                                "correct": False,
                                "feedback": (
                                    "No. Those were the old rules, in force from 2015 "
                                    "to 2021."
                                ),
                            },
                            {
                                "text": (
                                    "The number is right but the time limit is not: it "
                                    "is 6,000 signatures in 60 days"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. “6,000 in 90 days” is a common but wrong mix "
                                    "of different rules."
                                ),
                            },
                            {
                                "text": "It needs 25,000 signatures in three months",
                                "correct": False,
                                "feedback": (
                                    "No. That is the threshold for petitions to the "
                                    "President, the Verkhovna Rada or the Cabinet of "
                                    "Ministers."
                                ),
                            },
                        ],
                        "explanation": (
                            "Kyiv City Council: 6,000 signatures in 60 days. National "
                            "authorities: 25,000 signatures within at most three "
                            "months. The old Kyiv rule (10,000 in three months) no "
                            "longer applies."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": "<p>Complete the sentence.</p>",
                        "text": (
                            "Petitions to the President, the Verkhovna Rada or the "
                            "Cabinet of Ministers need [[25000|25,000|25 000]] "
                            "signatures within at most [[3|three]] months."
                        ),
                        "scoring": "partial",
                        "explanation": (
                            "These are the rules for national petitions. For petitions "
                            "to Kyiv City Council the threshold is lower: 6,000 "
                            "signatures in 60 days."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Which of these can you use to confirm who you are when "
                            "signing a petition to Kyiv City Council? Choose all "
                            "correct answers.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "MobileID",
                                "correct": True,
                                "feedback": "Yes, MobileID works.",
                            },
                            {
                                "text": "BankID",
                                "correct": True,
                                "feedback": "Yes, BankID works.",
                            },
                            {
                                "text": "The Kyiv resident card (Картка киянина)",
                                "correct": True,
                                "feedback": "Yes, the Kyiv resident card works too.",
                            },
                            {
                                "text": (
                                    "A photo of a pupil ID card sent to the petition's "
                                    "authors"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. There is no such option, and sending photos "
                                    "of documents to strangers is unsafe."
                                ),
                            },
                            {
                                "text": (
                                    "Just a name and an email address, with no check"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. Your identity must be confirmed so that real "
                                    "people, not invented accounts, stand behind a "
                                    "petition."
                                ),
                            },
                        ],
                        "explanation": (
                            "You can sign with an account on the Kyiv City Council "
                            "website, the Kyiv resident card, BankID, MobileID or an "
                            "electronic signature. This is how the city checks that "
                            "real people are signing."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>On which website are petitions to Kyiv City Council "
                            "filed and signed? Write the address.</p>"
                        ),
                        "accepted": [
                            "petition.kyivcity.gov.ua",
                            "petition.kyivcity.gov.ua/",
                            "https://petition.kyivcity.gov.ua",
                            "https://petition.kyivcity.gov.ua/",
                        ],
                        "feedback_correct": "Yes, it is petition.kyivcity.gov.ua.",
                        "feedback_incorrect": (
                            "No. Petitions to Kyiv City Council are filed and signed "
                            "at petition.kyivcity.gov.ua."
                        ),
                        "explanation": (
                            "The portal has been fully running since 2 November 2015. "
                            "It shows how many signatures each petition has collected "
                            "so far."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "e-petitions-kyiv-digital",
        "lesson": "after-the-threshold",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: що відбувається після 6000 підписів",
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Якщо петиція до Київради зібрала 6000 підписів, місто "
                            "зобов'язане виконати її вимогу.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "Ні. Поріг означає обов'язковий розгляд і відповідь, а не "
                            "виконання вимоги."
                        ),
                        "feedback_false": (
                            "Правильно. Петицію обов'язково розглянуть і дадуть "
                            "відповідь, але вона може бути й «не підтримано»."
                        ),
                        "explanation": (
                            "Зібрані підписи — це початок розгляду, а не перемога. "
                            "Посадова особа публікує вмотивовану відповідь: що місто "
                            "зробить або чому не може виконати вимогу."
                        ),
                    },
                ),
                (
                    "numeric",
                    {
                        "prompt": (
                            "<p>Протягом скількох робочих днів мають розглянути "
                            "петицію, яка набрала потрібну кількість підписів?</p>"
                        ),
                        "answer": "10",
                        "tolerance": "0",
                        "unit": "робочих днів",
                        "feedback_correct": "Так, протягом 10 робочих днів.",
                        "feedback_incorrect": (
                            "Ні. Петицію мають розглянути протягом 10 робочих днів."
                        ),
                        "explanation": (
                            "Строк рахують від дня, коли оприлюднено інформацію про "
                            "початок розгляду. Петиції до центральної влади теж мають "
                            "розглянути протягом 10 робочих днів."
                        ),
                    },
                ),
                (
                    "ordering",
                    {
                        "prompt": (
                            "<p>Розташуйте етапи розгляду петиції до Київради в "
                            "правильному порядку.</p>"
                        ),
                        "items": [
                            "Автори подають петицію на petition.kyivcity.gov.ua",
                            "Петиція збирає 6000 підписів за 60 днів",
                            (
                                "Міський голова доручає розглянути її посадовим особам "
                                "КМДА і постійним комісіям Київради"
                            ),
                            "Посадова особа публікує вмотивовану відповідь",
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Приклад: петицію № 12505 міський голова доручив "
                            "розглянути 31 жовтня 2023 року, а відповідь на неї "
                            "опублікували 6 листопада 2023 року."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Ви хочете змінити закон, який може ухвалити лише "
                            "Верховна Рада. Куди доречно подати петицію?</p>"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Будь-куди: головне — зібрати якомога більше "
                                    "підписів"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Навіть багато підписів не допоможуть, якщо "
                                    "адресат не може виконати вимогу."
                                ),
                            },
                            {
                                "text": (
                                    "Електронна петиція до Верховної Ради (25 000 "
                                    "підписів не більш як за три місяці)"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Так. Вимогу варто адресувати тому, хто справді "
                                    "може її виконати."
                                ),
                            },
                            {
                                "text": "Петиція до Київської міської ради",
                                "correct": False,
                                "feedback": (
                                    "Ні. Київрада не ухвалює загальнодержавних "
                                    "законів, тож не зможе виконати таку вимогу."
                                ),
                            },
                        ],
                        "explanation": (
                            "Петиції до Президента, Верховної Ради чи Кабінету "
                            "Міністрів запровадив Закон № 577-VIII. Немає сенсу "
                            "вимагати в петиції до Київради рішення, яке ухвалює "
                            "Верховна Рада."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Які поради щодо сильної петиції дає урок? Оберіть усі "
                            "правильні відповіді.</p>"
                        ),
                        "scoring": "all_or_nothing",
                        "options": [
                            {
                                "text": "Перевірити, чи немає вже схожої петиції",
                                "correct": True,
                                "feedback": (
                                    "Так: іноді краще підтримати наявну петицію."
                                ),
                            },
                            {
                                "text": "Сформулювати одну чітку вимогу",
                                "correct": True,
                                "feedback": (
                                    "Так: одна чітка вимога краща за довгий список."
                                ),
                            },
                            {
                                "text": (
                                    "Писати різко й ображати опонентів, щоб привернути "
                                    "увагу"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Пишіть ввічливо: петицію читатимуть і ті, хто "
                                    "з вами не згоден."
                                ),
                            },
                            {
                                "text": "Перелічити все, що вас турбує в місті",
                                "correct": False,
                                "feedback": (
                                    "Ні. Урок радить одну чітку вимогу, а не список "
                                    "усього."
                                ),
                            },
                            {
                                "text": (
                                    "Пояснити проблему фактами: де, коли і кого вона "
                                    "стосується"
                                ),
                                "correct": True,
                                "feedback": "Так: факти роблять петицію переконливою.",
                            },
                        ],
                        "explanation": (
                            "Сильна петиція має правильного адресата, одну чітку "
                            "вимогу, факти, реалістичне рішення і ввічливий тон. Варто "
                            "також перевірити, чи немає схожої петиції."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: what happens after 6,000 signatures",
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>If a petition to Kyiv City Council collects 6,000 "
                            "signatures, the city must do what it asks.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "No. Reaching the threshold means the petition must be "
                            "considered and answered, not that the demand will be met."
                        ),
                        "feedback_false": (
                            "Correct. The petition must be considered and answered, "
                            "but the answer can be “not supported”."
                        ),
                        "explanation": (
                            "Collecting the signatures is the start of consideration, "
                            "not a victory. An official publishes a reasoned answer: "
                            "what the city will do, or why it cannot meet the demand."
                        ),
                    },
                ),
                (
                    "numeric",
                    {
                        "prompt": (
                            "<p>Within how many working days must a petition that has "
                            "reached the threshold be considered?</p>"
                        ),
                        "answer": "10",
                        "tolerance": "0",
                        "unit": "working days",
                        "feedback_correct": "Yes, within 10 working days.",
                        "feedback_incorrect": (
                            "No. The petition must be considered within 10 working "
                            "days."
                        ),
                        "explanation": (
                            "The period counts from the day the start of consideration "
                            "is made public. Petitions to the national authorities "
                            "must also be considered within 10 working days."
                        ),
                    },
                ),
                (
                    "ordering",
                    {
                        "prompt": (
                            "<p>Put the stages of a petition to Kyiv City Council in "
                            "the correct order.</p>"
                        ),
                        "items": [
                            "The authors file the petition at petition.kyivcity.gov.ua",
                            "The petition collects 6,000 signatures within 60 days",
                            (
                                "The mayor assigns it to the relevant KCSA officials "
                                "and standing committees of Kyiv City Council"
                            ),
                            "An official publishes a reasoned answer",
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "For example, the mayor assigned petition No. 12505 for "
                            "consideration on 31 October 2023, and the answer to it "
                            "was published on 6 November 2023."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>You want a change to a law that only the Verkhovna "
                            "Rada can adopt. Where should you send a petition?</p>"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Anywhere: what matters is collecting as many "
                                    "signatures as possible"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. Even many signatures will not help if the "
                                    "addressee cannot meet the demand."
                                ),
                            },
                            {
                                "text": (
                                    "An e-petition to the Verkhovna Rada (25,000 "
                                    "signatures within at most three months)"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. A demand should go to whoever can actually "
                                    "meet it."
                                ),
                            },
                            {
                                "text": "A petition to Kyiv City Council",
                                "correct": False,
                                "feedback": (
                                    "No. Kyiv City Council does not pass national "
                                    "laws, so it could not meet this demand."
                                ),
                            },
                        ],
                        "explanation": (
                            "Petitions to the President, the Verkhovna Rada or the "
                            "Cabinet of Ministers were introduced by Law No. 577-VIII. "
                            "There is no point in asking Kyiv City Council for a "
                            "decision that the Verkhovna Rada takes."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Which tips for a strong petition does the lesson give? "
                            "Choose all correct answers.</p>"
                        ),
                        "scoring": "all_or_nothing",
                        "options": [
                            {
                                "text": (
                                    "Check whether a similar petition already exists"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes: sometimes it is better to support an "
                                    "existing one."
                                ),
                            },
                            {
                                "text": "State one clear demand",
                                "correct": True,
                                "feedback": (
                                    "Yes: one clear demand works better than a long "
                                    "list."
                                ),
                            },
                            {
                                "text": (
                                    "Write sharply and insult opponents to get "
                                    "attention"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. Write politely: people who disagree with you "
                                    "will read the petition too."
                                ),
                            },
                            {
                                "text": (
                                    "List everything that worries you about the city"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. The lesson advises one clear demand, not a "
                                    "list of everything."
                                ),
                            },
                            {
                                "text": (
                                    "Explain the problem with facts: where, when and "
                                    "whom it affects"
                                ),
                                "correct": True,
                                "feedback": "Yes: facts make a petition convincing.",
                            },
                        ],
                        "explanation": (
                            "A strong petition has the right addressee, one clear "
                            "demand, facts, a realistic solution and a polite tone. It "
                            "is also worth checking for a similar petition."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "e-petitions-kyiv-digital",
        "lesson": "kyiv-digital",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: «Київ Цифровий»",
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Результати опитувань у «Київ Цифровому» обов'язкові: "
                            "Київрада мусить ухвалити таке рішення, за яке висловилася "
                            "більшість.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "Ні. Опитування — не референдум. Його результати мають "
                            "дорадчий характер."
                        ),
                        "feedback_false": (
                            "Правильно. Результати передають Київраді для розгляду, "
                            "але вони її не зобов'язують."
                        ),
                        "explanation": (
                            "Опитування в застосунку допомагають депутатам зрозуміти "
                            "думку людей, але не зобов'язують ухвалити саме таке "
                            "рішення. Тому їх називають дорадчими."
                        ),
                    },
                ),
                (
                    "matching",
                    {
                        "prompt": "<p>З'єднайте назву з описом.</p>",
                        "pairs": [
                            {
                                "left": "«Київ Цифровий»",
                                "right": (
                                    "Міський застосунок, який створює і підтримує ГІОЦ"
                                ),
                            },
                            {
                                "left": "«Дія»",
                                "right": "Державний застосунок",
                            },
                            {
                                "left": "Kyiv Smart City",
                                "right": (
                                    "Попередній застосунок, права на код якого, за "
                                    "словами міста, належали громадській організації"
                                ),
                            },
                            {
                                "left": "gb.kyivcity.gov.ua",
                                "right": (
                                    "Сайт для голосування за проєкти громадського "
                                    "бюджету"
                                ),
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "«Київ Цифровий» замінив Kyiv Smart City, а «Дія» — "
                            "окремий, загальнодержавний застосунок. За проєкти "
                            "громадського бюджету голосували на gb.kyivcity.gov.ua або "
                            "в «Київ Цифровому»."
                        ),
                    },
                ),
                (
                    "numeric",
                    {
                        "prompt": (
                            "<p>З якого віку за правилами 2021 року можна було "
                            "голосувати за проєкти громадського бюджету Києва?</p>"
                        ),
                        "answer": "16",
                        "tolerance": "0",
                        "unit": "років",
                        "feedback_correct": "Так, з 16 років.",
                        "feedback_incorrect": (
                            "Ні. За правилами 2021 року голосувати могли люди віком "
                            "від 16 років, а не з 14 чи 18."
                        ),
                        "explanation": (
                            "Голосувати могли кияни і ті, хто сплачує податки до "
                            "бюджету Києва, віком від 16 років. Молодші учні теж "
                            "можуть обговорювати ідеї і розповідати про них іншим."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Які три інструменти участі об'єднує «Київ Цифровий»? "
                            "Оберіть усі правильні відповіді.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Голосування за громадський бюджет",
                                "correct": True,
                                "feedback": "Так, з 17 серпня 2021 року.",
                            },
                            {
                                "text": "Обов'язковий міський референдум",
                                "correct": False,
                                "feedback": (
                                    "Ні. Опитування в застосунку дорадчі, це не "
                                    "референдум."
                                ),
                            },
                            {
                                "text": "Опитування",
                                "correct": True,
                                "feedback": (
                                    "Так, з червня 2022 року, у розділі «Електронна "
                                    "демократія»."
                                ),
                            },
                            {
                                "text": "Петиції",
                                "correct": True,
                                "feedback": "Так, з 16 серпня 2022 року.",
                            },
                        ],
                        "explanation": (
                            "Голосування за громадський бюджет (з 2021 року), "
                            "опитування (з червня 2022 року) і петиції (з серпня 2022 "
                            "року). Застосунок має й інші способи зворотного зв'язку, "
                            "наприклад скарги на стан укриттів."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>Який сервіс ідентифікації потрібен, щоб відповідати на "
                            "опитування і підписувати петиції в «Київ Цифровому»?</p>"
                        ),
                        "accepted": [
                            "BankID",
                            "Bank ID",
                            "Банк ID",
                            "БанкID",
                            "Банк АйДі",
                            "БанкАйДі",
                        ],
                        "feedback_correct": "Так, BankID.",
                        "feedback_incorrect": (
                            "Ні. Для опитувань і підписання петицій у застосунку "
                            "потрібен BankID."
                        ),
                        "explanation": (
                            "BankID підтверджує, що відповідає або підписує реальна "
                            "людина. Ніколи нікому не передавайте даних для входу в "
                            "BankID."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: Kyiv Digital",
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>The results of polls in Kyiv Digital are binding: Kyiv "
                            "City Council must decide the way the majority "
                            "answered.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "No. A poll is not a referendum. Its results are advisory."
                        ),
                        "feedback_false": (
                            "Correct. The results are passed to Kyiv City Council to "
                            "consider, but they do not bind it."
                        ),
                        "explanation": (
                            "Polls in the app help councillors understand what people "
                            "think, but they do not oblige the Council to decide "
                            "accordingly. That is why they are called advisory."
                        ),
                    },
                ),
                (
                    "matching",
                    {
                        "prompt": "<p>Match each name to its description.</p>",
                        "pairs": [
                            {
                                "left": "Kyiv Digital",
                                "right": "The city's app, built and run by ГІОЦ",
                            },
                            {
                                "left": "Diia",
                                "right": "The national state app",
                            },
                            {
                                "left": "Kyiv Smart City",
                                "right": (
                                    "The earlier app whose code, according to the "
                                    "city, belonged to an NGO"
                                ),
                            },
                            {
                                "left": "gb.kyivcity.gov.ua",
                                "right": (
                                    "The website for voting on participatory-budget "
                                    "projects"
                                ),
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Kyiv Digital replaced Kyiv Smart City, while Diia is a "
                            "separate, national app. People voted on "
                            "participatory-budget projects at gb.kyivcity.gov.ua or in "
                            "Kyiv Digital."
                        ),
                    },
                ),
                (
                    "numeric",
                    {
                        "prompt": (
                            "<p>Under the 2021 rules, from what age could people vote "
                            "for Kyiv participatory-budget projects?</p>"
                        ),
                        "answer": "16",
                        "tolerance": "0",
                        "unit": "years",
                        "feedback_correct": "Yes, from 16.",
                        "feedback_incorrect": (
                            "No. Under the 2021 rules, people aged 16 and over could "
                            "vote, not from 14 or 18."
                        ),
                        "explanation": (
                            "Kyiv residents and people who pay taxes into Kyiv's "
                            "budget could vote from the age of 16. Younger pupils can "
                            "still discuss ideas and tell others about them."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Which three participation tools does Kyiv Digital "
                            "bring together? Choose all correct answers.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Voting for the participatory budget",
                                "correct": True,
                                "feedback": "Yes, since 17 August 2021.",
                            },
                            {
                                "text": "A binding city referendum",
                                "correct": False,
                                "feedback": (
                                    "No. Polls in the app are advisory; they are not a "
                                    "referendum."
                                ),
                            },
                            {
                                "text": "Polls",
                                "correct": True,
                                "feedback": (
                                    "Yes, since June 2022, in the “E-democracy” "
                                    "section."
                                ),
                            },
                            {
                                "text": "Petitions",
                                "correct": True,
                                "feedback": "Yes, since 16 August 2022.",
                            },
                        ],
                        "explanation": (
                            "Participatory-budget voting (since 2021), polls (since "
                            "June 2022) and petitions (since August 2022). The app has "
                            "other feedback options too, such as complaints about the "
                            "state of bomb shelters."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>Which identification service do you need to answer "
                            "polls and sign petitions in Kyiv Digital?</p>"
                        ),
                        "accepted": [
                            "BankID",
                            "Bank ID",
                            "Банк ID",
                            "БанкID",
                        ],
                        "feedback_correct": "Yes, BankID.",
                        "feedback_incorrect": (
                            "No. You need BankID to answer polls and sign petitions in "
                            "the app."
                        ),
                        "explanation": (
                            "BankID confirms that a real person is answering or "
                            "signing. Never give anyone your BankID login details."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "open-government-open-data",
        "lesson": "what-is-ogp",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: Партнерство «Відкритий Уряд»",
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Київ є учасником Партнерства «Відкритий Уряд» з 2011 "
                            "року.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "Ні. У 2011 році до партнерства приєдналася Україна, тобто "
                            "національний уряд."
                        ),
                        "feedback_false": (
                            "Правильно. 2011 рік стосується України загалом, а перший "
                            "план дій Києва в OGP Local охоплює 2025–2026 роки."
                        ),
                        "explanation": (
                            "Це поширена помилка. Україна приєдналася до OGP у 2011 "
                            "році, а Київ долучився до програми OGP Local пізніше: "
                            "його перший план дій розраховано на 2025–2026 роки."
                        ),
                    },
                ),
                (
                    "matching",
                    {
                        "prompt": (
                            "<p>З'єднайте ідею відкритої влади з її поясненням.</p>"
                        ),
                        "pairs": [
                            {
                                "left": "Прозорість",
                                "right": (
                                    "Люди бачать, хто ухвалює рішення і як витрачають "
                                    "кошти"
                                ),
                            },
                            {
                                "left": "Підзвітність",
                                "right": "Влада пояснює свої дії і відповідає за них",
                            },
                            {
                                "left": "Участь",
                                "right": (
                                    "Люди можуть впливати на рішення, а не лише "
                                    "дізнаватися про них"
                                ),
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "На цих трьох ідеях тримається відкрита влада. "
                            "Зобов'язання в планах дій OGP стосуються саме прозорості, "
                            "підзвітності та участі."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": "<p>Що таке Партнерство «Відкритий Уряд»?</p>",
                        "options": [
                            {
                                "text": (
                                    "Окрема міжнародна ініціатива, у якій разом "
                                    "працюють уряди і громадські організації"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Так. І уряди, і громадські організації входять до "
                                    "її Керівного комітету."
                                ),
                            },
                            {
                                "text": "Агенція ООН",
                                "correct": False,
                                "feedback": (
                                    "Ні. OGP започаткували під час Генеральної "
                                    "Асамблеї ООН, але це не агенція ООН."
                                ),
                            },
                            {
                                "text": "Агенція Європейського Союзу",
                                "correct": False,
                                "feedback": (
                                    "Ні. OGP не належить до ЄС. Серед її засновників, "
                                    "наприклад, Бразилія, Мексика і США."
                                ),
                            },
                            {
                                "text": "Один із департаментів КМДА",
                                "correct": False,
                                "feedback": (
                                    "Ні. Це міжнародна ініціатива; Київ бере в ній "
                                    "участь через програму OGP Local."
                                ),
                            },
                        ],
                        "explanation": (
                            "OGP започаткували 20 вересня 2011 року уряди восьми "
                            "країн. Штаб-квартира партнерства розташована у Вашингтоні."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Що потрібно місцевій владі, щоб подати заявку до OGP "
                            "Local? Оберіть усі правильні відповіді.</p>"
                        ),
                        "scoring": "all_or_nothing",
                        "options": [
                            {
                                "text": (
                                    "Щонайменше 16 місяців до кінця повноважень "
                                    "місцевої влади"
                                ),
                                "correct": True,
                                "feedback": "Так, це одна з умов.",
                            },
                            {
                                "text": "Щонайменше один неурядовий партнер",
                                "correct": True,
                                "feedback": (
                                    "Так, заявку подають разом із неурядовим партнером."
                                ),
                            },
                            {
                                "text": "Членство країни в Європейському Союзі",
                                "correct": False,
                                "feedback": (
                                    "Ні. Країна має бути учасницею OGP, а не ЄС."
                                ),
                            },
                            {
                                "text": "Дозвіл Генеральної Асамблеї ООН",
                                "correct": False,
                                "feedback": (
                                    "Ні. OGP — не агенція ООН, і такого дозволу не "
                                    "потрібно."
                                ),
                            },
                            {
                                "text": "Лист підтримки від голови громади",
                                "correct": True,
                                "feedback": "Так, такий лист потрібен.",
                            },
                        ],
                        "explanation": (
                            "Подати заявку може місцева влада з країни-учасниці OGP. "
                            "Потрібні неурядовий партнер, лист підтримки від голови "
                            "громади, досвід реформ відкритого врядування і щонайменше "
                            "16 місяців до кінця повноважень."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>Назвіть одне з трьох міст, які у 2020 році стали "
                            "першими українськими учасниками OGP Local.</p>"
                        ),
                        "accepted": [
                            "Вінниця",
                            "Тернопіль",
                            "Хмельницький",
                            "Vinnytsia",
                            "Ternopil",
                            "Khmelnytskyi",
                        ],
                        "feedback_correct": (
                            "Так. Першими були Вінниця, Тернопіль і Хмельницький."
                        ),
                        "feedback_incorrect": (
                            "Ні. Першими українськими учасниками OGP Local стали "
                            "Вінниця, Тернопіль і Хмельницький."
                        ),
                        "explanation": (
                            "Київ, Звягель та Оржиця долучилися пізніше: їхні ради "
                            "ухвалили плани дій на 2025–2026 роки за підтримки "
                            "Асоціації міст України."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: the Open Government Partnership",
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Kyiv has been a member of the Open Government "
                            "Partnership since 2011.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "No. In 2011 it was Ukraine, meaning the national "
                            "government, that joined."
                        ),
                        "feedback_false": (
                            "Correct. 2011 refers to Ukraine as a whole; Kyiv's first "
                            "OGP Local action plan covers 2025–2026."
                        ),
                        "explanation": (
                            "This is a common mistake. Ukraine joined OGP in 2011; "
                            "Kyiv joined the OGP Local programme later, and its first "
                            "action plan covers 2025–2026."
                        ),
                    },
                ),
                (
                    "matching",
                    {
                        "prompt": (
                            "<p>Match each idea of open government to its meaning.</p>"
                        ),
                        "pairs": [
                            {
                                "left": "Transparency",
                                "right": (
                                    "People can see who makes decisions and how money "
                                    "is spent"
                                ),
                            },
                            {
                                "left": "Accountability",
                                "right": (
                                    "The authorities explain what they do and answer "
                                    "for it"
                                ),
                            },
                            {
                                "left": "Participation",
                                "right": (
                                    "People can influence decisions, not just hear "
                                    "about them"
                                ),
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Open government rests on these three ideas. The "
                            "commitments in OGP action plans are about transparency, "
                            "accountability and participation."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": "<p>What is the Open Government Partnership?</p>",
                        "options": [
                            {
                                "text": (
                                    "A separate international initiative in which "
                                    "governments and civil society organisations work "
                                    "together"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. Both governments and civil society "
                                    "organisations sit on its Steering Committee."
                                ),
                            },
                            {
                                "text": "A UN agency",
                                "correct": False,
                                "feedback": (
                                    "No. OGP was launched alongside the UN General "
                                    "Assembly, but it is not a UN agency."
                                ),
                            },
                            {
                                "text": "A European Union agency",
                                "correct": False,
                                "feedback": (
                                    "No. OGP is not part of the EU. Its founders "
                                    "include, for example, Brazil, Mexico and the "
                                    "United States."
                                ),
                            },
                            {
                                "text": "One of the KCSA's departments",
                                "correct": False,
                                "feedback": (
                                    "No. It is an international initiative; Kyiv takes "
                                    "part through the OGP Local programme."
                                ),
                            },
                        ],
                        "explanation": (
                            "OGP was launched on 20 September 2011 by the governments "
                            "of eight countries. Its headquarters are in Washington, "
                            "D.C."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>What does a local government need in order to apply to "
                            "OGP Local? Choose all correct answers.</p>"
                        ),
                        "scoring": "all_or_nothing",
                        "options": [
                            {
                                "text": (
                                    "At least 16 months left in the local government's "
                                    "term"
                                ),
                                "correct": True,
                                "feedback": "Yes, this is one of the conditions.",
                            },
                            {
                                "text": "At least one non-governmental partner",
                                "correct": True,
                                "feedback": (
                                    "Yes, the application is made together with a "
                                    "non-governmental partner."
                                ),
                            },
                            {
                                "text": (
                                    "The country's membership of the European Union"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. The country must be a member of OGP, not of "
                                    "the EU."
                                ),
                            },
                            {
                                "text": "Permission from the UN General Assembly",
                                "correct": False,
                                "feedback": (
                                    "No. OGP is not a UN agency, and no such "
                                    "permission is needed."
                                ),
                            },
                            {
                                "text": (
                                    "A letter of support from the head of the local "
                                    "government"
                                ),
                                "correct": True,
                                "feedback": "Yes, such a letter is needed.",
                            },
                        ],
                        "explanation": (
                            "A local government from an OGP member country can apply. "
                            "It needs a non-governmental partner, a letter of support "
                            "from its head, a record of open-government reform and at "
                            "least 16 months left in its term."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>Name one of the three cities that became the first "
                            "Ukrainian members of OGP Local in 2020.</p>"
                        ),
                        "accepted": [
                            "Vinnytsia",
                            "Vinnytsya",
                            "Vinnitsa",
                            "Ternopil",
                            "Ternopol",
                            "Khmelnytskyi",
                            "Khmelnytskyy",
                            "Khmelnytsky",
                            "Khmelnitsky",
                            "Вінниця",
                            "Тернопіль",
                            "Хмельницький",
                        ],
                        "feedback_correct": (
                            "Yes. The first were Vinnytsia, Ternopil and Khmelnytskyi."
                        ),
                        "feedback_incorrect": (
                            "No. The first Ukrainian members of OGP Local were "
                            "Vinnytsia, Ternopil and Khmelnytskyi."
                        ),
                        "explanation": (
                            "Kyiv, Zviahel and Orzhytsia joined later: their councils "
                            "approved action plans for 2025–2026 with support from the "
                            "Association of Ukrainian Cities."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "open-government-open-data",
        "lesson": "kyiv-action-plan",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: план дій Києва на 2025–2026 роки",
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "matching",
                    {
                        "prompt": "<p>З'єднайте зобов'язання Києва з його змістом.</p>",
                        "pairs": [
                            {
                                "left": "UAIEV0001",
                                "right": (
                                    "Інтерактивні курси громадянської освіти для шкіл, "
                                    "закладів професійної освіти та університетів"
                                ),
                            },
                            {
                                "left": "UAIEV0002",
                                "right": (
                                    "Модуль про пам'ятки культурної спадщини в міській "
                                    "системі управління майном"
                                ),
                            },
                            {
                                "left": "UAIEV0004",
                                "right": (
                                    "Положення про порядок проведення публічних "
                                    "консультацій у Києві"
                                ),
                            },
                            {
                                "left": "UAIEV0005",
                                "right": (
                                    "Розширення мережі Vcentri HUB і покращення її "
                                    "роботи"
                                ),
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Це чотири зобов'язання, описані в уроці. У плані є й інші "
                            "пункти; повний перелік шукайте на сторінці Києва на "
                            "opengovpartnership.org."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": "<p>Хто створює план дій OGP?</p>",
                        "options": [
                            {
                                "text": "Лише міська влада, без участі інших",
                                "correct": False,
                                "feedback": (
                                    "Ні. Влада не пише план сама: його створюють разом "
                                    "із громадянським суспільством."
                                ),
                            },
                            {
                                "text": "Влада разом із громадянським суспільством",
                                "correct": True,
                                "feedback": "Так. План дій створюють спільно.",
                            },
                            {
                                "text": (
                                    "Штаб-квартира OGP у Вашингтоні пише план замість "
                                    "міста"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. План створюють у самому місті, а Незалежний "
                                    "механізм звітування OGP (IRM) його оцінює."
                                ),
                            },
                        ],
                        "explanation": (
                            "Кожен пункт плану — зобов'язання з чітким завданням, "
                            "строками і відповідальними. Незалежний механізм "
                            "звітування (IRM) оцінює план, щоб обіцянки не лишалися на "
                            "папері."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Розпорядження Кабміну № 1176-р від 2014 року означало, "
                            "що Київ став учасником OGP Local у 2014 році.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "Ні. Це розпорядження стосувалося виконання національного "
                            "плану OGP."
                        ),
                        "feedback_false": (
                            "Правильно. Це була частина національного процесу, а не "
                            "участь Києва в OGP Local."
                        ),
                        "explanation": (
                            "Розпорядження зобов'язало обласні та Київську міську "
                            "державні адміністрації ухвалити плани виконання "
                            "національного плану OGP. Власний план Києва в OGP Local "
                            "розраховано на 2025–2026 роки."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>Який механізм OGP оцінює плани дій? Напишіть його "
                            "скорочену назву латинськими літерами.</p>"
                        ),
                        "accepted": [
                            "IRM",
                            "Незалежний механізм звітування",
                            "Independent Reporting Mechanism",
                        ],
                        "feedback_correct": (
                            "Так, це IRM — Незалежний механізм звітування."
                        ),
                        "feedback_incorrect": (
                            "Ні. Плани дій оцінює Незалежний механізм звітування OGP — "
                            "IRM."
                        ),
                        "explanation": (
                            "Незалежна оцінка допомагає перевірити, чи виконуються "
                            "обіцянки з плану дій."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": "<p>Доповніть речення.</p>",
                        "text": (
                            "Київ подав свій план дій 25 лютого [[2025]] року, і "
                            "розраховано його до грудня [[2026]] року."
                        ),
                        "scoring": "partial",
                        "explanation": (
                            "За виконання плану відповідають кілька департаментів "
                            "КМДА, комунальні підприємства, Університет Грінченка і "
                            "районні адміністрації."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: Kyiv's action plan for 2025–2026",
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "matching",
                    {
                        "prompt": (
                            "<p>Match each of Kyiv's commitments to what it is "
                            "about.</p>"
                        ),
                        "pairs": [
                            {
                                "left": "UAIEV0001",
                                "right": (
                                    "Interactive civic-education courses for schools, "
                                    "vocational colleges and universities"
                                ),
                            },
                            {
                                "left": "UAIEV0002",
                                "right": (
                                    "A module on cultural-heritage monuments in the "
                                    "city's property-management system"
                                ),
                            },
                            {
                                "left": "UAIEV0004",
                                "right": (
                                    "A regulation on the procedure for holding public "
                                    "consultations in Kyiv"
                                ),
                            },
                            {
                                "left": "UAIEV0005",
                                "right": (
                                    "Expanding the Vcentri HUB network and making it "
                                    "work better"
                                ),
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "These are the four commitments described in the lesson. "
                            "The plan has other items too; look for the full list on "
                            "Kyiv's page at opengovpartnership.org."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": "<p>Who draws up an OGP action plan?</p>",
                        "options": [
                            {
                                "text": "The city authorities alone",
                                "correct": False,
                                "feedback": (
                                    "No. The authorities do not write the plan alone: "
                                    "it is drawn up with civil society."
                                ),
                            },
                            {
                                "text": "The authorities together with civil society",
                                "correct": True,
                                "feedback": "Yes. The plan is drawn up jointly.",
                            },
                            {
                                "text": (
                                    "OGP headquarters in Washington writes the plan "
                                    "for the city"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. The plan is drawn up in the city itself, and "
                                    "OGP's Independent Reporting Mechanism (IRM) "
                                    "reviews it."
                                ),
                            },
                        ],
                        "explanation": (
                            "Each item in the plan is a commitment with a clear task, "
                            "deadlines and people responsible. The Independent "
                            "Reporting Mechanism (IRM) reviews the plan so that "
                            "promises do not stay on paper."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Cabinet of Ministers ordinance No. 1176-р of 2014 "
                            "meant that Kyiv joined OGP Local in 2014.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "No. That ordinance was about carrying out the national "
                            "OGP plan."
                        ),
                        "feedback_false": (
                            "Correct. It was part of the national process, not Kyiv "
                            "taking part in OGP Local."
                        ),
                        "explanation": (
                            "The ordinance required the regional state administrations "
                            "and the KCSA to adopt plans for carrying out the national "
                            "OGP plan. Kyiv's own OGP Local plan covers 2025–2026."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>Which OGP mechanism reviews action plans? Write its "
                            "abbreviation.</p>"
                        ),
                        "accepted": [
                            "IRM",
                            "Independent Reporting Mechanism",
                            "Незалежний механізм звітування",
                        ],
                        "feedback_correct": (
                            "Yes, the IRM, the Independent Reporting Mechanism."
                        ),
                        "feedback_incorrect": (
                            "No. Action plans are reviewed by OGP's Independent "
                            "Reporting Mechanism, the IRM."
                        ),
                        "explanation": (
                            "An independent review helps to check whether the promises "
                            "in an action plan are being kept."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": "<p>Complete the sentence.</p>",
                        "text": (
                            "Kyiv submitted its action plan on 25 February [[2025]], "
                            "and it runs until December [[2026]]."
                        ),
                        "scoring": "partial",
                        "explanation": (
                            "Several KCSA departments, municipal enterprises, "
                            "Grinchenko University and the district administrations "
                            "are responsible for carrying out the plan."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "open-government-open-data",
        "lesson": "find-open-data",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: відкриті дані",
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>На якому порталі Київ публікує свої набори відкритих "
                            "даних? Напишіть адресу.</p>"
                        ),
                        "accepted": [
                            "data.gov.ua",
                            "data.gov.ua/",
                            "https://data.gov.ua",
                            "https://data.gov.ua/",
                            "www.data.gov.ua",
                        ],
                        "feedback_correct": "Так, це національний портал data.gov.ua.",
                        "feedback_incorrect": (
                            "Ні. Київ публікує набори даних на національному порталі "
                            "відкритих даних data.gov.ua."
                        ),
                        "explanation": (
                            "Це національний портал відкритих даних. На ньому можна "
                            "шукати набори за ключовими словами і перевіряти, хто їх "
                            "оприлюднив."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Що означає «єдине вікно» для відкритих даних Києва?</p>"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Кожен район публікує дані окремо на власному сайті"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Навпаки: усі підрозділи публікують дані через "
                                    "одного публікатора."
                                ),
                            },
                            {
                                "text": (
                                    "Віконце в КМДА, де видають паперові копії даних"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Ідеться про спосіб публікації даних на "
                                    "порталі, а не про паперові копії."
                                ),
                            },
                            {
                                "text": (
                                    "Міські й районні підрозділи оприлюднюють дані "
                                    "через одного публікатора — КМДА"
                                ),
                                "correct": True,
                                "feedback": "Так, саме так це описано в уроці.",
                            },
                        ],
                        "explanation": (
                            "За тимчасовим порядком, який затвердила КМДА, міські й "
                            "районні підрозділи оприлюднюють набори даних на "
                            "data.gov.ua через одного публікатора — саму КМДА."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>У дослідженні Transparency International Ukraine "
                            "«Прозорі міста» (етап про відкриті дані, 2026 рік) Київ "
                            "мав найкращий результат серед 11 міст, але набрав менше "
                            "за половину можливих балів.</p>"
                        ),
                        "correct": True,
                        "feedback_true": (
                            "Правильно. Київ отримав 44,3 бала зі 100: найкращий "
                            "результат серед учасників, але менше за половину."
                        ),
                        "feedback_false": (
                            "Насправді це правда: Київ отримав 44,3 бала зі 100 — "
                            "найкращий результат, але менше за половину можливого."
                        ),
                        "explanation": (
                            "Найкращий серед інших ще не означає відмінний. Середній "
                            "результат 11 міст становив 23,1%."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Що можна робити з відкритими даними? Оберіть усі "
                            "правильні відповіді.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Вільно їх копіювати",
                                "correct": True,
                                "feedback": (
                                    "Так, відкриті дані можна вільно копіювати."
                                ),
                            },
                            {
                                "text": (
                                    "Побудувати графік для шкільного проєкту і вказати "
                                    "джерело"
                                ),
                                "correct": True,
                                "feedback": "Так, саме це пропонує урок.",
                            },
                            {
                                "text": (
                                    "Використати в комерційному проєкті, зазначивши "
                                    "джерело"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Так, навіть комерційне використання дозволене, "
                                    "якщо зазначити джерело."
                                ),
                            },
                            {
                                "text": "Видати дані за власні, не вказуючи джерела",
                                "correct": False,
                                "feedback": "Ні. Джерело треба зазначати завжди.",
                            },
                            {
                                "text": "Користуватися ними лише після оплати місту",
                                "correct": False,
                                "feedback": (
                                    "Ні. Відкриті дані можна використовувати вільно."
                                ),
                            },
                        ],
                        "explanation": (
                            "Відкриті дані можна вільно копіювати й повторно "
                            "використовувати, навіть з комерційною метою, якщо "
                            "зазначити джерело."
                        ),
                    },
                ),
                (
                    "ordering",
                    {
                        "prompt": (
                            "<p>Розташуйте кроки учнівського проєкту з відкритими "
                            "даними в правильному порядку.</p>"
                        ),
                        "items": [
                            "Сформулювати запитання",
                            (
                                "Знайти набір даних на data.gov.ua і перевірити, хто "
                                "його оприлюднив"
                            ),
                            "Подивитися дату останнього оновлення",
                            (
                                "Завантажити файл (наприклад, CSV) і відкрити його в "
                                "електронній таблиці"
                            ),
                            (
                                "Зробити висновок, показати його на графіку і вказати "
                                "джерело"
                            ),
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Усе починається із запитання. Перевірка публікатора й "
                            "дати оновлення захищає від застарілих даних, а вказане "
                            "джерело робить висновок чесним і перевірним."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: open data",
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>On which portal does Kyiv publish its open data sets? "
                            "Write the address.</p>"
                        ),
                        "accepted": [
                            "data.gov.ua",
                            "data.gov.ua/",
                            "https://data.gov.ua",
                            "https://data.gov.ua/",
                            "www.data.gov.ua",
                        ],
                        "feedback_correct": "Yes, the national portal data.gov.ua.",
                        "feedback_incorrect": (
                            "No. Kyiv publishes its data sets on the national "
                            "open-data portal, data.gov.ua."
                        ),
                        "explanation": (
                            "It is the national open-data portal. There you can search "
                            "for data sets by keyword and check who published them."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>What does the “single window” mean for Kyiv's open "
                            "data?</p>"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Each district publishes its data separately on "
                                    "its own website"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. It is the opposite: all units publish through "
                                    "one publisher."
                                ),
                            },
                            {
                                "text": (
                                    "A counter at the KCSA that hands out paper copies "
                                    "of data"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. It is about how data are published on the "
                                    "portal, not about paper copies."
                                ),
                            },
                            {
                                "text": (
                                    "City and district units publish their data "
                                    "through one publisher, the KCSA"
                                ),
                                "correct": True,
                                "feedback": "Yes, that is how the lesson describes it.",
                            },
                        ],
                        "explanation": (
                            "Under a temporary procedure approved by the KCSA, city "
                            "and district units publish their data sets on data.gov.ua "
                            "through a single publisher, the KCSA itself."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>In Transparency International Ukraine's “Transparent "
                            "Cities” study (open-data stage, 2026), Kyiv had the best "
                            "result of the 11 cities but scored less than half of the "
                            "maximum.</p>"
                        ),
                        "correct": True,
                        "feedback_true": (
                            "Correct. Kyiv scored 44.3 out of 100: the best among the "
                            "cities assessed, but less than half."
                        ),
                        "feedback_false": (
                            "Actually, it is true: Kyiv scored 44.3 out of 100, the "
                            "best result but less than half of the maximum."
                        ),
                        "explanation": (
                            "Best in the group does not mean excellent. The average "
                            "for the 11 cities was 23.1%."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>What may you do with open data? Choose all correct "
                            "answers.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Copy them freely",
                                "correct": True,
                                "feedback": "Yes, open data may be copied freely.",
                            },
                            {
                                "text": (
                                    "Build a chart for a school project and name the "
                                    "source"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes, this is exactly what the lesson suggests."
                                ),
                            },
                            {
                                "text": (
                                    "Use them in a commercial project, crediting the "
                                    "source"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes, even commercial use is allowed as long as "
                                    "you credit the source."
                                ),
                            },
                            {
                                "text": (
                                    "Present the data as your own without naming the "
                                    "source"
                                ),
                                "correct": False,
                                "feedback": "No. You must always credit the source.",
                            },
                            {
                                "text": "Use them only after paying the city a fee",
                                "correct": False,
                                "feedback": "No. Open data can be used freely.",
                            },
                        ],
                        "explanation": (
                            "Open data may be freely copied and reused, even "
                            "commercially, as long as the source is credited."
                        ),
                    },
                ),
                (
                    "ordering",
                    {
                        "prompt": (
                            "<p>Put the steps of a pupils' open-data project in the "
                            "correct order.</p>"
                        ),
                        "items": [
                            "Write down a question",
                            "Find a data set on data.gov.ua and check who published it",
                            "Look at the date of the last update",
                            (
                                "Download the file (for example, CSV) and open it in a "
                                "spreadsheet"
                            ),
                            "Draw a conclusion, show it in a chart and name the source",
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Everything starts with a question. Checking the publisher "
                            "and the update date protects you from out-of-date data, "
                            "and naming the source makes your conclusion honest and "
                            "checkable."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "vcentri-hub",
        "lesson": "three-vcentri-things",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: три різні речі з назвою Vcentri",
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "matching",
                    {
                        "prompt": "<p>З'єднайте назву з тим, що вона означає.</p>",
                        "pairs": [
                            {
                                "left": "Vcentri HUB",
                                "right": (
                                    "Фізичний муніципальний простір, куди можна прийти"
                                ),
                            },
                            {
                                "left": "vcentri.com",
                                "right": (
                                    "Онлайн-платформа міста для інститутів "
                                    "громадянського суспільства"
                                ),
                            },
                            {
                                "left": "Реєстр інститутів громадянського суспільства",
                                "right": (
                                    "Перелік організацій; потрібен, щоб безплатно "
                                    "користуватися хабами"
                                ),
                            },
                            {
                                "left": "«Центр комунікації»",
                                "right": (
                                    "Комунальне підприємство, яке разом з "
                                    "Департаментом суспільних комунікацій КМДА "
                                    "опікується хабами"
                                ),
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Хаб — це місце, платформа — сайт, реєстр — перелік "
                            "організацій. Плутати ці три речі — найчастіша помилка."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Вам кажуть: «Щоб користуватися хабом безплатно, треба "
                            "бути в реєстрі». Що це означає?</p>"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Досить створити обліковий запис на vcentri.com"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Платформа і реєстр — різні речі: реєстрація "
                                    "на сайті ще не означає внесення до реєстру."
                                ),
                            },
                            {
                                "text": (
                                    "Треба прийти до хабу і записатися в книгу "
                                    "відвідувачів"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Реєстр — це не книга відвідувачів, а перелік "
                                    "організацій."
                                ),
                            },
                            {
                                "text": (
                                    "Організація має бути внесена до реєстру "
                                    "інститутів громадянського суспільства"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Так. Це умова безплатного користування хабом."
                                ),
                            },
                        ],
                        "explanation": (
                            "«Треба бути в реєстрі» — це про умову безплатного "
                            "користування хабом. «Зустрінемося у Vcentri» — про хаб, а "
                            "«зареєструйся на Vcentri» — про платформу."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>У вересні 2024 року Vcentri HUB уже працював у кожному "
                            "з десяти районів Києва.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "Ні. Хаб у кожному районі — це мета міста, а не тодішній "
                            "стан."
                        ),
                        "feedback_false": (
                            "Правильно. У вересні 2024 року хабів було лише чотири або "
                            "п'ять (джерела розходяться)."
                        ),
                        "explanation": (
                            "Місто планує мати хаб у кожному з десяти районів, але у "
                            "вересні 2024 року їх було значно менше. Актуальний "
                            "перелік шукайте на vcentri.com."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": "<p>Доповніть речення.</p>",
                        "text": (
                            "Перший Vcentri HUB відкрився 3 березня [[2020]] року на "
                            "вулиці [[Володимирській|Володимирська]] в Шевченківському "
                            "районі."
                        ),
                        "scoring": "partial",
                        "explanation": (
                            "Перший хаб розташований на вулиці Володимирській, 51-Б. "
                            "Це муніципальний простір, безплатний для громадських "
                            "організацій."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: three different things called Vcentri",
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "matching",
                    {
                        "prompt": "<p>Match each name to what it means.</p>",
                        "pairs": [
                            {
                                "left": "Vcentri HUB",
                                "right": "A physical municipal space you can go to",
                            },
                            {
                                "left": "vcentri.com",
                                "right": (
                                    "The city's online platform for civil society "
                                    "institutions"
                                ),
                            },
                            {
                                "left": "The register of civil society institutions",
                                "right": (
                                    "A list of organisations; needed to use the hubs "
                                    "free of charge"
                                ),
                            },
                            {
                                "left": "“Communication Centre” (Центр комунікації)",
                                "right": (
                                    "The municipal enterprise that runs the hubs "
                                    "together with the KCSA Department of Public "
                                    "Communications"
                                ),
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "A hub is a place, the platform is a website, and the "
                            "register is a list of organisations. Mixing up these "
                            "three is the most common mistake."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Someone tells you: “To use a hub free of charge, you "
                            "need to be in the register.” What does this mean?</p>"
                        ),
                        "options": [
                            {
                                "text": (
                                    "It is enough to create an account on vcentri.com"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. The platform and the register are different "
                                    "things: signing up on the website does not put "
                                    "you in the register."
                                ),
                            },
                            {
                                "text": (
                                    "You need to come to the hub and sign the "
                                    "visitors' book"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. The register is not a visitors' book but a "
                                    "list of organisations."
                                ),
                            },
                            {
                                "text": (
                                    "The organisation must be listed in the register "
                                    "of civil society institutions"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. That is the condition for using a hub free "
                                    "of charge."
                                ),
                            },
                        ],
                        "explanation": (
                            "“You need to be in the register” is about the condition "
                            "for using a hub free of charge. “Let's meet at Vcentri” "
                            "means a hub, and “register on Vcentri” means the platform."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>In September 2024, there was already a Vcentri HUB in "
                            "each of Kyiv's ten districts.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "No. A hub in every district is the city's goal, not the "
                            "situation at the time."
                        ),
                        "feedback_false": (
                            "Correct. In September 2024 there were only four or five "
                            "hubs (sources differ)."
                        ),
                        "explanation": (
                            "The city plans a hub in each of its ten districts, but in "
                            "September 2024 there were far fewer. Look for the current "
                            "list on vcentri.com."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": "<p>Complete the sentence.</p>",
                        "text": (
                            "The first Vcentri HUB opened on 3 March [[2020]] on "
                            "[[Volodymyrska|Volodymyrskaya]] Street in Shevchenkivskyi "
                            "district."
                        ),
                        "scoring": "partial",
                        "explanation": (
                            "The first hub is at 51-B Volodymyrska Street. It is a "
                            "municipal space, free of charge for civic organisations."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "vcentri-hub",
        "lesson": "what-a-hub-offers",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: що пропонує Vcentri HUB",
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Що є в хабі в Голосіївському районі (вулиця Велика "
                            "Китаївська, 83)? Оберіть усі правильні відповіді.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Коворкінг",
                                "correct": True,
                                "feedback": "Так, коворкінг там є.",
                            },
                            {
                                "text": "Конференц-зала",
                                "correct": True,
                                "feedback": "Так, конференц-зала там є.",
                            },
                            {
                                "text": "Кінозала на 500 місць",
                                "correct": False,
                                "feedback": "Ні. Хаб вміщує приблизно 70–80 людей.",
                            },
                            {
                                "text": "Дитяча кімната",
                                "correct": True,
                                "feedback": (
                                    "Так. Вона дає змогу батькам брати участь у "
                                    "заходах разом із малечею."
                                ),
                            },
                            {
                                "text": "Басейн",
                                "correct": False,
                                "feedback": (
                                    "Ні. Хаб призначений для зустрічей, навчання й "
                                    "обговорень, басейну там немає."
                                ),
                            },
                        ],
                        "explanation": (
                            "Голосіївський хаб поблизу метро «Деміївська» вміщує "
                            "приблизно 70–80 людей і має дитячу кімнату, коворкінг і "
                            "конференц-залу."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Хто може користуватися простором хабу безплатно?</p>"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Будь-хто, хто прийде без попередньої домовленості"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Організація з реєстру домовляється про "
                                    "використання простору на умовах, описаних на "
                                    "vcentri.com."
                                ),
                            },
                            {
                                "text": (
                                    "Громадські організації, внесені до реєстру "
                                    "інститутів громадянського суспільства"
                                ),
                                "correct": True,
                                "feedback": "Так. Для них простір безплатний.",
                            },
                            {
                                "text": (
                                    "Будь-яка компанія, яка хоче показати свій товар"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Бізнес може зустрічатися в хабах, але "
                                    "безплатний простір — для громадських організацій "
                                    "із реєстру."
                                ),
                            },
                        ],
                        "explanation": (
                            "Хаби задумано для зустрічей громадських організацій, "
                            "влади і бізнесу, а безплатно ними користуються "
                            "організації з реєстру. Учням найпростіше провести захід "
                            "разом з такою організацією."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>У якому районі 6 вересня 2024 року відкрився перший "
                            "хаб на лівому березі? Напишіть назву району.</p>"
                        ),
                        "accepted": [
                            "Дніпровський",
                            "Дніпровський район",
                            "Дніпровському",
                            "Дніпровському районі",
                        ],
                        "feedback_correct": "Так, у Дніпровському районі.",
                        "feedback_incorrect": (
                            "Ні. Перший хаб на лівому березі відкрився в Дніпровському "
                            "районі."
                        ),
                        "explanation": (
                            "До того всі хаби працювали на правому березі Дніпра, "
                            "зокрема на Володимирській, на Оболоні і в Голосіївському "
                            "районі."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Розширення мережі Vcentri HUB — одне із зобов'язань "
                            "Києва в плані дій Партнерства «Відкритий Уряд».</p>"
                        ),
                        "correct": True,
                        "feedback_true": (
                            "Правильно. Це зобов'язання UAIEV0005 (лютий 2025 – "
                            "грудень 2026 року)."
                        ),
                        "feedback_false": (
                            "Насправді це правда: розширення мережі — зобов'язання "
                            "UAIEV0005."
                        ),
                        "explanation": (
                            "До зобов'язання залучено адміністрації Подільського, "
                            "Святошинського, Дарницького та Деснянського районів, тож "
                            "нові хаби можуть з'явитися й там."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: what a Vcentri HUB offers",
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>What does the hub in Holosiivskyi district (83 Velyka "
                            "Kytaivska Street) have? Choose all correct answers.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "A coworking area",
                                "correct": True,
                                "feedback": "Yes, there is a coworking area.",
                            },
                            {
                                "text": "A conference room",
                                "correct": True,
                                "feedback": "Yes, there is a conference room.",
                            },
                            {
                                "text": "A 500-seat cinema",
                                "correct": False,
                                "feedback": "No. The hub holds about 70–80 people.",
                            },
                            {
                                "text": "A children's room",
                                "correct": True,
                                "feedback": (
                                    "Yes. It lets parents take part in events with "
                                    "their little ones."
                                ),
                            },
                            {
                                "text": "A swimming pool",
                                "correct": False,
                                "feedback": (
                                    "No. The hub is for meetings, training and "
                                    "discussions; it has no pool."
                                ),
                            },
                        ],
                        "explanation": (
                            "The Holosiivskyi hub near Demiivska metro station holds "
                            "about 70–80 people and has a children's room, a coworking "
                            "area and a conference room."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": "<p>Who can use a hub's space free of charge?</p>",
                        "options": [
                            {
                                "text": (
                                    "Anyone who turns up without arranging it first"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. An organisation in the register arranges to "
                                    "use a room on the terms described on vcentri.com."
                                ),
                            },
                            {
                                "text": (
                                    "Civic organisations listed in the register of "
                                    "civil society institutions"
                                ),
                                "correct": True,
                                "feedback": "Yes. For them the space is free.",
                            },
                            {
                                "text": (
                                    "Any company that wants to show off its products"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. Business people can meet at hubs, but free "
                                    "use is for civic organisations in the register."
                                ),
                            },
                        ],
                        "explanation": (
                            "Hubs are meant for meetings of civil society "
                            "organisations, the authorities and business, and "
                            "organisations in the register use them free of charge. "
                            "For pupils, the easiest way is to hold an event together "
                            "with such an organisation."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>In which district did the first hub on the left bank "
                            "open on 6 September 2024? Write the name of the "
                            "district.</p>"
                        ),
                        "accepted": [
                            "Dniprovskyi",
                            "Dniprovskyi district",
                            "Dniprovskyy",
                            "Dniprovsky",
                            "Dniprovskiy",
                            "Dniprovskyi raion",
                        ],
                        "feedback_correct": "Yes, in Dniprovskyi district.",
                        "feedback_incorrect": (
                            "No. The first hub on the left bank opened in Dniprovskyi "
                            "district."
                        ),
                        "explanation": (
                            "Before that, all the hubs were on the right bank of the "
                            "Dnipro, for example on Volodymyrska Street, in Obolon and "
                            "in Holosiivskyi district."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Expanding the Vcentri HUB network is one of Kyiv's "
                            "commitments in its Open Government Partnership action "
                            "plan.</p>"
                        ),
                        "correct": True,
                        "feedback_true": (
                            "Correct. It is commitment UAIEV0005 (February 2025 – "
                            "December 2026)."
                        ),
                        "feedback_false": (
                            "Actually, it is true: expanding the network is commitment "
                            "UAIEV0005."
                        ),
                        "explanation": (
                            "The administrations of Podilskyi, Sviatoshynskyi, "
                            "Darnytskyi and Desnianskyi districts are involved, so new "
                            "hubs may appear there too."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "vcentri-hub",
        "lesson": "using-hub-and-platform",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: як скористатися хабом і платформою",
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "ordering",
                    {
                        "prompt": (
                            "<p>Розташуйте кроки для громадської організації в "
                            "правильному порядку.</p>"
                        ),
                        "items": [
                            "Ознайомитися з актуальними вимогами на vcentri.com",
                            (
                                "Зареєструватися на платформі і з'ясувати, як "
                                "потрапити до реєстру"
                            ),
                            (
                                "Потрапити до реєстру інститутів громадянського "
                                "суспільства"
                            ),
                            "Домовитися про використання простору в хабі",
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Платформа і реєстр — різні речі: спершу реєстрація на "
                            "сайті, потім внесення до реєстру, і лише після цього — "
                            "безплатний простір."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Учень може сам, без організації, потрапити до реєстру "
                            "інститутів громадянського суспільства і безплатно "
                            "користуватися хабом.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "Ні. Реєстр і безплатне користування хабами стосуються "
                            "організацій, а не окремих людей."
                        ),
                        "feedback_false": (
                            "Правильно. Реєстр — для організацій. Учні можуть провести "
                            "захід разом з організацією, яка вже є в реєстрі."
                        ),
                        "explanation": (
                            "Учні та студенти можуть долучатися до роботи організацій "
                            "як волонтери або учасники заходів. Найпростіший шлях до "
                            "заходу в хабі — співпраця з організацією з реєстру."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Що дає організаціям платформа vcentri.com? Оберіть усі "
                            "правильні відповіді.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Простішу участь у міських грантових конкурсах",
                                "correct": True,
                                "feedback": "Так, для цього платформу й створили.",
                            },
                            {
                                "text": "Власний постійний офіс у хабі",
                                "correct": False,
                                "feedback": (
                                    "Ні. Урок такого не згадує: хаб — спільний простір "
                                    "для зустрічей і заходів."
                                ),
                            },
                            {
                                "text": (
                                    "Гарантований грант для кожної зареєстрованої "
                                    "організації"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Платформа спрощує участь у конкурсах, але "
                                    "перемоги не гарантує: сильні проєкти мають рівні "
                                    "шанси."
                                ),
                            },
                            {
                                "text": "Доступ до заходів у хабах",
                                "correct": True,
                                "feedback": (
                                    "Так, зареєстровані організації мають такий доступ."
                                ),
                            },
                            {
                                "text": "Безплатні фінансові та юридичні консультації",
                                "correct": True,
                                "feedback": "Так, такі консультації безплатні.",
                            },
                        ],
                        "explanation": (
                            "Платформу представили 16 березня 2021 року. Вона спрощує "
                            "участь у грантових конкурсах і робить грантове "
                            "фінансування прозорим, а зареєстровані організації "
                            "отримують доступ до заходів у хабах і безплатні "
                            "консультації."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>На якому сайті варто перевірити актуальні вимоги до "
                            "реєстру, перш ніж подавати документи? Напишіть адресу.</p>"
                        ),
                        "accepted": [
                            "vcentri.com",
                            "vcentri.com/",
                            "www.vcentri.com",
                            "https://vcentri.com",
                            "https://www.vcentri.com",
                        ],
                        "feedback_correct": "Так, це vcentri.com.",
                        "feedback_incorrect": (
                            "Ні. Актуальні вимоги публікують на vcentri.com."
                        ),
                        "explanation": (
                            "Точні правила ведення реєстру і перелік документів можуть "
                            "змінюватися, тому перевіряйте їх на vcentri.com перед "
                            "поданням."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: using the hubs and the platform",
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "ordering",
                    {
                        "prompt": (
                            "<p>Put the steps for a civic organisation in the correct "
                            "order.</p>"
                        ),
                        "items": [
                            "Read the current requirements on vcentri.com",
                            (
                                "Register on the platform and find out how to get into "
                                "the register"
                            ),
                            "Get listed in the register of civil society institutions",
                            "Arrange to use a space at a hub",
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "The platform and the register are different things: first "
                            "sign up on the website, then get listed in the register, "
                            "and only then use a space free of charge."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>A pupil can get into the register of civil society "
                            "institutions on their own, without an organisation, and "
                            "use a hub free of charge.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "No. The register and free use of the hubs apply to "
                            "organisations, not to individuals."
                        ),
                        "feedback_false": (
                            "Correct. The register is for organisations. Pupils can "
                            "hold an event together with an organisation that is "
                            "already in the register."
                        ),
                        "explanation": (
                            "Pupils and students can join organisations' work as "
                            "volunteers or take part in events. The easiest way to "
                            "hold an event at a hub is to work with an organisation in "
                            "the register."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>What does the vcentri.com platform give organisations? "
                            "Choose all correct answers.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Easier participation in city grant contests",
                                "correct": True,
                                "feedback": (
                                    "Yes, that is what the platform was made for."
                                ),
                            },
                            {
                                "text": "A permanent office of your own at a hub",
                                "correct": False,
                                "feedback": (
                                    "No. The lesson mentions nothing like this: a hub "
                                    "is a shared space for meetings and events."
                                ),
                            },
                            {
                                "text": (
                                    "A guaranteed grant for every registered "
                                    "organisation"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. The platform makes contests easier to enter "
                                    "but does not guarantee a win: strong projects get "
                                    "a fair chance."
                                ),
                            },
                            {
                                "text": "Access to events at the hubs",
                                "correct": True,
                                "feedback": (
                                    "Yes, registered organisations get this access."
                                ),
                            },
                            {
                                "text": "Free financial and legal advice",
                                "correct": True,
                                "feedback": "Yes, this advice is free.",
                            },
                        ],
                        "explanation": (
                            "The platform was presented on 16 March 2021. It makes "
                            "grant contests easier to enter and grant funding "
                            "transparent, and registered organisations get access to "
                            "events at the hubs and free advice."
                        ),
                    },
                ),
                (
                    "short_text",
                    {
                        "prompt": (
                            "<p>On which website should you check the current register "
                            "requirements before applying? Write the address.</p>"
                        ),
                        "accepted": [
                            "vcentri.com",
                            "vcentri.com/",
                            "www.vcentri.com",
                            "https://vcentri.com",
                            "https://www.vcentri.com",
                        ],
                        "feedback_correct": "Yes, it is vcentri.com.",
                        "feedback_incorrect": (
                            "No. The current requirements are published on vcentri.com."
                        ),
                        "explanation": (
                            "The exact rules of the register and the list of documents "
                            "may change, so check them on vcentri.com before applying."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "volunteering-civil-society",
        "lesson": "who-can-volunteer",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: хто може бути волонтером",
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "numeric",
                    {
                        "prompt": (
                            "<p>З якого віку за чинною редакцією закону можна "
                            "волонтерити за згодою одного з батьків або опікуна?</p>"
                        ),
                        "answer": "14",
                        "tolerance": "0",
                        "unit": "років",
                        "feedback_correct": (
                            "Так, з 14 років за згодою одного з батьків або опікуна."
                        ),
                        "feedback_incorrect": (
                            "Ні. За чинною редакцією закону волонтерити можна з 14 "
                            "років за згодою одного з батьків або опікуна."
                        ),
                        "explanation": (
                            "Люди віком від 14 до 18 років можуть волонтерити лише за "
                            "згодою одного з батьків або опікуна і не в усіх сферах."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Стара стаття пише: «Волонтерити можна з 18 років, а з "
                            "16 — за письмовою згодою». Це чинні правила.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "Ні. Так було в первинній редакції закону 2011 року. Тепер "
                            "волонтерити можна з 14 років за згодою батьків."
                        ),
                        "feedback_false": (
                            "Правильно. Це застаріла редакція 2011 року; чинна "
                            "дозволяє волонтерити з 14 років за згодою батьків."
                        ),
                        "explanation": (
                            "Закони змінюються, тому старі статті можуть містити "
                            "застарілі вимоги. Орієнтуйтеся на чинну редакцію закону."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Яке з цих завдань закон не дозволяє 15-річному "
                            "волонтерові?</p>"
                        ),
                        "options": [
                            {
                                "text": "Допомагати в бібліотеці",
                                "correct": False,
                                "feedback": (
                                    "Ні. Таке волонтерство можливе за згодою батьків."
                                ),
                            },
                            {
                                "text": "Прибирати парк",
                                "correct": False,
                                "feedback": (
                                    "Ні. Таке волонтерство можливе за згодою батьків."
                                ),
                            },
                            {
                                "text": "Допомагати в притулку для тварин",
                                "correct": False,
                                "feedback": (
                                    "Ні. Таке волонтерство можливе за згодою батьків."
                                ),
                            },
                            {
                                "text": "Волонтерити в медичному закладі",
                                "correct": True,
                                "feedback": (
                                    "Так. Неповнолітнім не можна волонтерити в "
                                    "медичних закладах і під час ліквідації наслідків "
                                    "надзвичайних ситуацій."
                                ),
                            },
                        ],
                        "explanation": (
                            "Для волонтерів від 14 до 18 років закон встановлює "
                            "обмеження: наприклад, вони не можуть волонтерити в "
                            "медичних закладах чи під час ліквідації наслідків "
                            "надзвичайних ситуацій."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Як Закон «Про волонтерську діяльність» описує "
                            "волонтерство? Оберіть усі правильні відповіді.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": (
                                    "Неприбуткова діяльність: мета — допомогти, а не "
                                    "заробити"
                                ),
                                "correct": True,
                                "feedback": "Так, волонтер працює безоплатно.",
                            },
                            {
                                "text": "Обов'язкова робота для всіх старшокласників",
                                "correct": False,
                                "feedback": "Ні. Волонтерство — добровільна справа.",
                            },
                            {
                                "text": "Форма благодійної діяльності",
                                "correct": True,
                                "feedback": "Так, закон так і каже.",
                            },
                            {
                                "text": "Добровільна діяльність",
                                "correct": True,
                                "feedback": "Так, волонтерство добровільне.",
                            },
                            {
                                "text": "Оплачувана робота за трудовим договором",
                                "correct": False,
                                "feedback": "Ні. Волонтер працює безоплатно.",
                            },
                        ],
                        "explanation": (
                            "Закон № 3236-VI від 19 квітня 2011 року описує "
                            "волонтерство як добровільну, соціально спрямовану і "
                            "неприбуткову діяльність і вважає його формою благодійної "
                            "діяльності."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": "<p>Доповніть речення.</p>",
                        "text": (
                            "Міжнародний день волонтера відзначають щороку "
                            "[[5|п'ятого]] [[грудня]]."
                        ),
                        "scoring": "partial",
                        "explanation": (
                            "Це гарна нагода спробувати волонтерство. До цього дня в "
                            "«Київ Цифровому» навіть проводили опитування про "
                            "волонтерство і благодійні внески."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: who can volunteer",
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "numeric",
                    {
                        "prompt": (
                            "<p>Under the current version of the law, from what age "
                            "can you volunteer with the consent of a parent or "
                            "guardian?</p>"
                        ),
                        "answer": "14",
                        "tolerance": "0",
                        "unit": "years",
                        "feedback_correct": (
                            "Yes, from 14, with the consent of a parent or guardian."
                        ),
                        "feedback_incorrect": (
                            "No. Under the current law, you can volunteer from 14 with "
                            "the consent of a parent or guardian."
                        ),
                        "explanation": (
                            "People aged 14 to 18 may volunteer only with the consent "
                            "of a parent or guardian, and not in every area."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>An old article says: “You can volunteer from 18, or "
                            "from 16 with written consent.” These are the current "
                            "rules.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "No. That was the original 2011 wording of the law. Now "
                            "you can volunteer from 14 with parental consent."
                        ),
                        "feedback_false": (
                            "Correct. That is the out-of-date 2011 wording; the "
                            "current law allows volunteering from 14 with parental "
                            "consent."
                        ),
                        "explanation": (
                            "Laws change, so old articles may give out-of-date "
                            "requirements. Go by the current version of the law."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Which of these tasks does the law not allow a "
                            "15-year-old volunteer to do?</p>"
                        ),
                        "options": [
                            {
                                "text": "Helping at a library",
                                "correct": False,
                                "feedback": (
                                    "No. This kind of volunteering is possible with "
                                    "parental consent."
                                ),
                            },
                            {
                                "text": "Cleaning up a park",
                                "correct": False,
                                "feedback": (
                                    "No. This kind of volunteering is possible with "
                                    "parental consent."
                                ),
                            },
                            {
                                "text": "Helping at an animal shelter",
                                "correct": False,
                                "feedback": (
                                    "No. This kind of volunteering is possible with "
                                    "parental consent."
                                ),
                            },
                            {
                                "text": "Volunteering in a medical facility",
                                "correct": True,
                                "feedback": (
                                    "Yes. Minors may not volunteer in medical "
                                    "facilities or in dealing with the aftermath of "
                                    "emergencies."
                                ),
                            },
                        ],
                        "explanation": (
                            "The law sets limits for volunteers aged 14 to 18: for "
                            "example, they may not volunteer in medical facilities or "
                            "in dealing with the aftermath of emergencies."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>How does the Law “On Volunteer Activity” describe "
                            "volunteering? Choose all correct answers.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": (
                                    "Non-profit activity: the aim is to help, not to "
                                    "earn"
                                ),
                                "correct": True,
                                "feedback": "Yes, a volunteer works without pay.",
                            },
                            {
                                "text": "Compulsory work for all senior pupils",
                                "correct": False,
                                "feedback": "No. Volunteering is voluntary.",
                            },
                            {
                                "text": "A form of charitable activity",
                                "correct": True,
                                "feedback": "Yes, that is what the law says.",
                            },
                            {
                                "text": "Voluntary activity",
                                "correct": True,
                                "feedback": "Yes, volunteering is voluntary.",
                            },
                            {
                                "text": "Paid work under an employment contract",
                                "correct": False,
                                "feedback": "No. A volunteer works without pay.",
                            },
                        ],
                        "explanation": (
                            "Law No. 3236-VI of 19 April 2011 describes volunteering "
                            "as voluntary, socially directed, non-profit activity and "
                            "treats it as a form of charitable activity."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": "<p>Complete the sentence.</p>",
                        "text": (
                            "International Volunteer Day is marked every year on "
                            "[[5|5th|fifth]] [[December]]."
                        ),
                        "scoring": "partial",
                        "explanation": (
                            "It is a good chance to give volunteering a try. Kyiv "
                            "Digital has even run a poll on volunteering and donations "
                            "timed to that day."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "volunteering-civil-society",
        "lesson": "civil-society-organisations",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: громадські організації і підтримка міста",
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "matching",
                    {
                        "prompt": "<p>З'єднайте назву з тим, що це таке.</p>",
                        "pairs": [
                            {
                                "left": (
                                    "«Громадська перспектива: прозора влада та активна "
                                    "громада»"
                                ),
                                "right": (
                                    "Міський грантовий конкурс проєктів громадянського "
                                    "суспільства"
                                ),
                            },
                            {
                                "left": "ТОП-100",
                                "right": (
                                    "Щорічна міська відзнака для успішних громадських "
                                    "ініціатив"
                                ),
                            },
                            {
                                "left": "Київський форум громадських організацій",
                                "right": "Форум, який проводять з 2017 року",
                            },
                            {
                                "left": "«Майстерня міста Києва»",
                                "right": "Фестиваль міської участі",
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Місто підтримує громадянське суспільство через програми, "
                            "грантовий конкурс, відзнаку, форуми і фестиваль. Так воно "
                            "заохочує людей об'єднуватися і діяти разом."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Які твердження про організації громадянського "
                            "суспільства правильні? Оберіть усі правильні "
                            "відповіді.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Вони незалежні від влади",
                                "correct": True,
                                "feedback": "Так, хоча можуть бути партнерами влади.",
                            },
                            {
                                "text": "Вони працюють не заради прибутку",
                                "correct": True,
                                "feedback": "Так, це неприбуткові організації.",
                            },
                            {
                                "text": (
                                    "Люди створюють їх добровільно заради спільної мети"
                                ),
                                "correct": True,
                                "feedback": "Так.",
                            },
                            {
                                "text": "Долучитися до них можуть лише засновники",
                                "correct": False,
                                "feedback": (
                                    "Ні. Можна стати членом чи волонтером, брати "
                                    "участь у заходах або поширювати інформацію про "
                                    "їхню роботу."
                                ),
                            },
                            {
                                "text": "Це підрозділи КМДА",
                                "correct": False,
                                "feedback": (
                                    "Ні. Організації громадянського суспільства "
                                    "незалежні від влади."
                                ),
                            },
                        ],
                        "explanation": (
                            "Організації громадянського суспільства — добровільні, "
                            "незалежні від влади і неприбуткові. Вони захищають "
                            "довкілля, допомагають людям, розвивають спорт, культуру "
                            "чи освіту або стежать за роботою влади."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Громадські організації можуть бути партнерами влади: "
                            "наприклад, кілька з них є партнерами зобов'язання Києва "
                            "щодо положення про публічні консультації.</p>"
                        ),
                        "correct": True,
                        "feedback_true": (
                            "Правильно. Незалежність від влади не заважає з нею "
                            "співпрацювати."
                        ),
                        "feedback_false": (
                            "Насправді це правда: серед партнерів цього зобов'язання є "
                            "кілька громадських організацій."
                        ),
                        "explanation": (
                            "Організації громадянського суспільства незалежні, але "
                            "можуть співпрацювати з владою, наприклад разом готувати "
                            "нові правила участі."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Другу церемонію ТОП-100 провели 15 вересня 2021 року. "
                            "Який міжнародний день відзначають цього дня?</p>"
                        ),
                        "options": [
                            {
                                "text": "Міжнародний день волонтера",
                                "correct": False,
                                "feedback": (
                                    "Ні. Міжнародний день волонтера — 5 грудня."
                                ),
                            },
                            {
                                "text": "Міжнародний день демократії",
                                "correct": True,
                                "feedback": "Так.",
                            },
                            {
                                "text": "Міжнародний день захисту дітей",
                                "correct": False,
                                "feedback": (
                                    "Ні. Урок пов'язує 15 вересня з Міжнародним днем "
                                    "демократії."
                                ),
                            },
                        ],
                        "explanation": (
                            "Відзнаку ТОП-100 започаткували у 2020 році. Церемонія в "
                            "Міжнародний день демократії підкреслює, що громадські "
                            "ініціативи — частина демократичного життя міста."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": (
                "Knowledge check: civil society organisations and the city's support"
            ),
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "matching",
                    {
                        "prompt": "<p>Match each name to what it is.</p>",
                        "pairs": [
                            {
                                "left": (
                                    "“Civic Perspective: Transparent Government and an "
                                    "Active Community”"
                                ),
                                "right": (
                                    "The city's grant contest for civil society "
                                    "projects"
                                ),
                            },
                            {
                                "left": "TOP-100",
                                "right": (
                                    "An annual city award for successful civic "
                                    "initiatives"
                                ),
                            },
                            {
                                "left": "Kyiv Forum of civil society organisations",
                                "right": "A forum held since 2017",
                            },
                            {
                                "left": "“Майстерня міста Києва” (Kyiv City Workshop)",
                                "right": "An urban-participation festival",
                            },
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "The city supports civil society through programmes, a "
                            "grant contest, an award, forums and a festival. This "
                            "encourages people to join together and act."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Which statements about civil society organisations are "
                            "correct? Choose all correct answers.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "They are independent of the authorities",
                                "correct": True,
                                "feedback": (
                                    "Yes, although they can be partners of the "
                                    "authorities."
                                ),
                            },
                            {
                                "text": "They do not work for profit",
                                "correct": True,
                                "feedback": "Yes, they are non-profit organisations.",
                            },
                            {
                                "text": (
                                    "People set them up voluntarily to pursue a shared "
                                    "goal"
                                ),
                                "correct": True,
                                "feedback": "Yes.",
                            },
                            {
                                "text": "Only their founders can take part in them",
                                "correct": False,
                                "feedback": (
                                    "No. You can become a member or a volunteer, take "
                                    "part in events, or spread the word about their "
                                    "work."
                                ),
                            },
                            {
                                "text": "They are units of the KCSA",
                                "correct": False,
                                "feedback": (
                                    "No. Civil society organisations are independent "
                                    "of the authorities."
                                ),
                            },
                        ],
                        "explanation": (
                            "Civil society organisations are voluntary, independent of "
                            "the authorities and non-profit. They protect the "
                            "environment, help people, develop sport, culture or "
                            "education, or keep an eye on the authorities."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Civil society organisations can be partners of the "
                            "authorities: for example, several NGOs are partners in "
                            "Kyiv's commitment on a regulation on public "
                            "consultations.</p>"
                        ),
                        "correct": True,
                        "feedback_true": (
                            "Correct. Being independent of the authorities does not "
                            "stop them from working with them."
                        ),
                        "feedback_false": (
                            "Actually, it is true: several NGOs are among the partners "
                            "of this commitment."
                        ),
                        "explanation": (
                            "Civil society organisations are independent, but they can "
                            "work with the authorities, for example on drafting new "
                            "rules for participation."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>The second TOP-100 ceremony was held on 15 September "
                            "2021. Which international day falls on that date?</p>"
                        ),
                        "options": [
                            {
                                "text": "International Volunteer Day",
                                "correct": False,
                                "feedback": (
                                    "No. International Volunteer Day is on 5 December."
                                ),
                            },
                            {
                                "text": "The International Day of Democracy",
                                "correct": True,
                                "feedback": "Yes.",
                            },
                            {
                                "text": "International Children's Day",
                                "correct": False,
                                "feedback": (
                                    "No. The lesson links 15 September with the "
                                    "International Day of Democracy."
                                ),
                            },
                        ],
                        "explanation": (
                            "The TOP-100 award was started in 2020. Holding the "
                            "ceremony on the International Day of Democracy underlines "
                            "that civic initiatives are part of the city's democratic "
                            "life."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "volunteering-civil-society",
        "lesson": "safe-volunteering",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: безпечне волонтерство",
            "instructions": (
                "Відповідайте за текстом уроку; після кожної відповіді з'явиться "
                "коротке пояснення."
            ),
            "questions": [
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Друг побачив оголошення: «Терміново потрібні волонтери "
                            "від 14 років для роботи на місці обстрілу». Що йому "
                            "порадити?</p>"
                        ),
                        "options": [
                            {
                                "text": "Їхати негайно, бо допомога потрібна терміново",
                                "correct": False,
                                "feedback": (
                                    "Ні. Після обстрілів на місцях працюють "
                                    "рятувальники та дорослі волонтери, а "
                                    "неповнолітнім туди не можна."
                                ),
                            },
                            {
                                "text": "Їхати, якщо поїде ще хтось із друзів",
                                "correct": False,
                                "feedback": (
                                    "Ні. Компанія друзів не робить небезпечне місце "
                                    "безпечним і не скасовує обмежень закону."
                                ),
                            },
                            {
                                "text": (
                                    "Їхати, але не казати батькам, щоб вони не "
                                    "хвилювалися"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Від 14 до 18 років потрібна згода батьків, і "
                                    "вони мають знати, де ви і з ким."
                                ),
                            },
                            {
                                "text": (
                                    "Не їхати, поговорити з батьками, перевірити "
                                    "організацію і знайти безпечний спосіб допомогти"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Так. Закон не дозволяє неповнолітнім волонтерити "
                                    "під час ліквідації наслідків надзвичайних "
                                    "ситуацій."
                                ),
                            },
                        ],
                        "explanation": (
                            "Неповнолітні можуть допомогти інакше, безпечно і далеко "
                            "від небезпеки: наприклад, зібрати речі в школі, "
                            "виконувати онлайн-завдання або допомагати сусідам поруч "
                            "із домом."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Організація, яка шукає волонтерів, робить таке. Що з "
                            "цього — тривожні сигнали? Оберіть усі правильні "
                            "відповіді.</p>"
                        ),
                        "scoring": "all_or_nothing",
                        "options": [
                            {
                                "text": "Пояснює, хто буде вашим керівником на місці",
                                "correct": False,
                                "feedback": "Ні. Це ознака надійної організації.",
                            },
                            {
                                "text": "Просить надіслати фото ваших документів",
                                "correct": True,
                                "feedback": (
                                    "Так, з такими проханнями треба бути обережними."
                                ),
                            },
                            {
                                "text": (
                                    "Просить повідомити код із SMS або дані для входу "
                                    "в BankID"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Так. Ніколи нікому не передавайте паролів, кодів "
                                    "із SMS чи даних BankID."
                                ),
                            },
                            {
                                "text": "Просить переказати гроші на особисту картку",
                                "correct": True,
                                "feedback": (
                                    "Так, з такими проханнями треба бути обережними."
                                ),
                            },
                            {
                                "text": "Питає, чи погодили батьки ваше волонтерство",
                                "correct": False,
                                "feedback": (
                                    "Ні. Надійна організація сама запитає про згоду "
                                    "батьків — це добрий знак."
                                ),
                            },
                        ],
                        "explanation": (
                            "Будьте обережні з проханнями переказати гроші на особисту "
                            "картку чи надіслати фото документів і нікому не "
                            "передавайте паролів і кодів. Надійна організація, "
                            "навпаки, питає про згоду батьків і пояснює ваші завдання."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Якщо організація хоче опублікувати фото 16-річної "
                            "волонтерки, потрібна згода і самої волонтерки, і її "
                            "батьків.</p>"
                        ),
                        "correct": True,
                        "feedback_true": (
                            "Правильно. Для людей до 18 років потрібна і їхня згода, і "
                            "згода батьків."
                        ),
                        "feedback_false": (
                            "Насправді це правда: для неповнолітніх потрібна і їхня "
                            "згода, і згода батьків."
                        ),
                        "explanation": (
                            "Діліться лише тими даними, які справді потрібні для "
                            "волонтерства, і не публікуйте адрес, де зберігають "
                            "допомогу, чи маршрутів волонтерів."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Якщо завдання вас лякає або здається небезпечним, від "
                            "нього можна відмовитися.</p>"
                        ),
                        "correct": True,
                        "feedback_true": "Правильно. Відмовитися — нормально.",
                        "feedback_false": (
                            "Насправді це правда: не погоджуйтеся на завдання, які вас "
                            "лякають або здаються небезпечними."
                        ),
                        "explanation": (
                            "Допомагати іншим важливо, але не ціною власної безпеки. "
                            "Надійна організація пояснить завдання і скаже, хто вами "
                            "керуватиме на місці."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: safe volunteering",
            "instructions": (
                "Answer using the lesson text; a short explanation appears after each "
                "answer."
            ),
            "questions": [
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>A friend has seen a post: “Volunteers aged 14 and over "
                            "urgently needed to work at the site of a strike.” What "
                            "should you advise?</p>"
                        ),
                        "options": [
                            {
                                "text": "Go at once, because help is urgently needed",
                                "correct": False,
                                "feedback": (
                                    "No. After attacks, rescuers and adult volunteers "
                                    "work on site; minors must not go there."
                                ),
                            },
                            {
                                "text": "Go if another friend goes too",
                                "correct": False,
                                "feedback": (
                                    "No. Going with friends does not make a dangerous "
                                    "place safe or lift the legal limits."
                                ),
                            },
                            {
                                "text": (
                                    "Go, but don't tell your parents so they won't "
                                    "worry"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. From 14 to 18 you need parental consent, and "
                                    "your parents should know where you are and who "
                                    "you are with."
                                ),
                            },
                            {
                                "text": (
                                    "Don't go; talk to your parents, check the "
                                    "organisation and find a safe way to help"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. The law does not allow minors to volunteer "
                                    "in dealing with the aftermath of emergencies."
                                ),
                            },
                        ],
                        "explanation": (
                            "Minors can help in other ways, safely and well away from "
                            "danger: for example, by collecting items at school, doing "
                            "online tasks or helping neighbours close to home."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>An organisation looking for volunteers does the "
                            "following. Which of these are warning signs? Choose all "
                            "correct answers.</p>"
                        ),
                        "scoring": "all_or_nothing",
                        "options": [
                            {
                                "text": "Explains who will supervise you on site",
                                "correct": False,
                                "feedback": (
                                    "No. That is a sign of a reliable organisation."
                                ),
                            },
                            {
                                "text": "Asks you to send photos of your documents",
                                "correct": True,
                                "feedback": "Yes, be careful with requests like this.",
                            },
                            {
                                "text": (
                                    "Asks for an SMS code or your BankID login details"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. Never give anyone your passwords, SMS codes "
                                    "or BankID login details."
                                ),
                            },
                            {
                                "text": "Asks you to transfer money to a personal card",
                                "correct": True,
                                "feedback": "Yes, be careful with requests like this.",
                            },
                            {
                                "text": (
                                    "Asks whether your parents have agreed to your "
                                    "volunteering"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. A reliable organisation will ask about your "
                                    "parents' consent itself; that is a good sign."
                                ),
                            },
                        ],
                        "explanation": (
                            "Be careful with requests to transfer money to a personal "
                            "card or to send photos of documents, and never give "
                            "anyone your passwords or codes. A reliable organisation, "
                            "by contrast, asks about your parents' consent and "
                            "explains your tasks."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>If an organisation wants to publish a photo of a "
                            "16-year-old volunteer, it needs both the volunteer's own "
                            "consent and her parents' consent.</p>"
                        ),
                        "correct": True,
                        "feedback_true": (
                            "Correct. For people under 18, both their own consent and "
                            "their parents' consent are needed."
                        ),
                        "feedback_false": (
                            "Actually, it is true: for minors, both their own and "
                            "their parents' consent are needed."
                        ),
                        "explanation": (
                            "Share only the data that are really needed for "
                            "volunteering, and do not post the addresses where aid is "
                            "stored or the routes volunteers take."
                        ),
                    },
                ),
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>If a task frightens you or seems dangerous, it is fine "
                            "to say no.</p>"
                        ),
                        "correct": True,
                        "feedback_true": "Correct. It is fine to say no.",
                        "feedback_false": (
                            "Actually, it is true: do not agree to tasks that frighten "
                            "you or seem dangerous."
                        ),
                        "explanation": (
                            "Helping others matters, but not at the cost of your own "
                            "safety. A reliable organisation will explain the task and "
                            "tell you who will supervise you on site."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "teaching-civic-participation",
        "lesson": "discussion-and-case-studies",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: дискусія і кейс-метод",
            "instructions": (
                "Відповідайте за текстом уроку; відкриту відповідь оцінить ведучий "
                "курсу."
            ),
            "questions": [
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Які з цих правил урок пропонує для безпечної дискусії "
                            "в класі? Оберіть усі правильні відповіді.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Критикуємо ідеї, а не людей",
                                "correct": True,
                                "feedback": "Так, це одне з правил.",
                            },
                            {
                                "text": (
                                    "Кожну думку підкріплюємо аргументом або фактом"
                                ),
                                "correct": True,
                                "feedback": "Так, це одне з правил.",
                            },
                            {
                                "text": (
                                    "Кожен учень має сказати, за кого голосує його "
                                    "родина"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Ніхто не зобов'язаний розкривати погляди "
                                    "родини."
                                ),
                            },
                            {
                                "text": "Учитель пояснює, яку партію варто підтримати",
                                "correct": False,
                                "feedback": "Ні. Учитель модерує, але не агітує.",
                            },
                            {
                                "text": (
                                    "Ніхто не зобов'язаний розкривати свої політичні "
                                    "погляди чи погляди родини"
                                ),
                                "correct": True,
                                "feedback": "Так, це одне з правил.",
                            },
                        ],
                        "explanation": (
                            "Правила варто погодити з класом заздалегідь. Предмет "
                            "громадянської освіти — процедури, права й аргументи, а не "
                            "оцінка політиків і партій."
                        ),
                    },
                ),
                (
                    "ordering",
                    {
                        "prompt": (
                            "<p>Розташуйте частини схеми опису кейсу в тому порядку, "
                            "який пропонує урок.</p>"
                        ),
                        "items": [
                            "Ситуація",
                            "Сторони та їхні інтереси",
                            "Інструменти участі",
                            "Наслідки",
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Схема «ситуація — сторони — інструменти — наслідки» "
                            "повторює роботу з кейсом: учні визначають сторони та їхні "
                            "інтереси, добирають інструменти участі і прогнозують "
                            "наслідки кожного рішення."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Що з переліченого — добрий кейс для уроку за "
                            "кейс-методом?</p>"
                        ),
                        "options": [
                            {
                                "text": "Історія про те, який політик кращий",
                                "correct": False,
                                "feedback": (
                                    "Ні. Обговорюйте процедури й аргументи і не "
                                    "оцінюйте політиків та партії."
                                ),
                            },
                            {
                                "text": "Довгий текст закону без сторін і конфлікту",
                                "correct": False,
                                "feedback": (
                                    "Ні. Без сторін і конфлікту інтересів учням нема "
                                    "чого аналізувати."
                                ),
                            },
                            {
                                "text": "Вигадана історія з «фактами» без джерел і дат",
                                "correct": False,
                                "feedback": (
                                    "Ні. Факти беріть лише з перевірених джерел і "
                                    "завжди вказуйте дату."
                                ),
                            },
                            {
                                "text": (
                                    "Коротка реальна історія: частина мешканців хоче "
                                    "облаштувати сквер, а інші — зберегти там "
                                    "паркування"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Так. Добрий кейс — коротка реальна історія з "
                                    "конфліктом інтересів."
                                ),
                            },
                        ],
                        "explanation": (
                            "Факти для кейсу беріть з офіційних сайтів, наприклад "
                            "kmr.gov.ua і kyivcity.gov.ua, і вказуйте дату, бо правила "
                            "змінюються. Добрі джерела кейсів — петиції з "
                            "опублікованими відповідями і результати консультацій щодо "
                            "громадських просторів."
                        ),
                    },
                ),
                (
                    "open_response",
                    {
                        "prompt": (
                            "<p>Опишіть київський кейс, який ви могли б використати на "
                            "уроці, за схемою «ситуація — сторони — інструменти — "
                            "наслідки». Укажіть, звідки ви візьмете факти.</p>"
                        ),
                        "rubric": (
                            "Добра відповідь: описує коротку реальну ситуацію з "
                            "конфліктом інтересів; називає щонайменше дві сторони та "
                            "їхні інтереси; добирає доречні інструменти участі "
                            "(наприклад, консультацію щодо громадського простору, "
                            "петицію до Київради, загальні збори) і пояснює вибір; "
                            "прогнозує наслідки щонайменше двох рішень; називає "
                            "надійне джерело фактів із датою (kmr.gov.ua, "
                            "kyivcity.gov.ua, petition.kyivcity.gov.ua); не оцінює "
                            "політиків і партій. 2 бали: є всі чотири частини схеми і "
                            "надійне джерело. 1 бал: є щонайменше дві частини схеми. 0 "
                            "балів: кейс не описано."
                        ),
                        "max_words": 150,
                        "points": 2,
                        "explanation": (
                            "Порівняйте свою відповідь зі схемою: ситуація, сторони, "
                            "інструменти, наслідки, а також джерело фактів із датою."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: discussion and the case study method",
            "instructions": (
                "Answer using the lesson text; the course facilitator will grade the "
                "open answer."
            ),
            "questions": [
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Which of these rules does the lesson suggest for a "
                            "safe class discussion? Choose all correct answers.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "We criticise ideas, not people",
                                "correct": True,
                                "feedback": "Yes, this is one of the rules.",
                            },
                            {
                                "text": (
                                    "We back every opinion with an argument or a fact"
                                ),
                                "correct": True,
                                "feedback": "Yes, this is one of the rules.",
                            },
                            {
                                "text": "Every pupil must say how their family votes",
                                "correct": False,
                                "feedback": (
                                    "No. No one has to reveal their family's views."
                                ),
                            },
                            {
                                "text": "The teacher explains which party to support",
                                "correct": False,
                                "feedback": (
                                    "No. The teacher moderates but does not campaign."
                                ),
                            },
                            {
                                "text": (
                                    "No one has to reveal their own or their family's "
                                    "political views"
                                ),
                                "correct": True,
                                "feedback": "Yes, this is one of the rules.",
                            },
                        ],
                        "explanation": (
                            "Agree on the rules with the class in advance. Civic "
                            "education is about procedures, rights and arguments, not "
                            "about judging politicians and parties."
                        ),
                    },
                ),
                (
                    "ordering",
                    {
                        "prompt": (
                            "<p>Put the parts of the case outline in the order the "
                            "lesson suggests.</p>"
                        ),
                        "items": [
                            "Situation",
                            "Parties and their interests",
                            "Participation tools",
                            "Consequences",
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "The outline “situation – parties – tools – consequences” "
                            "mirrors work on a case: pupils identify the parties and "
                            "their interests, choose participation tools and predict "
                            "the consequences of each decision."
                        ),
                    },
                ),
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Which of these makes a good case for a case-study "
                            "lesson?</p>"
                        ),
                        "options": [
                            {
                                "text": "A story about which politician is better",
                                "correct": False,
                                "feedback": (
                                    "No. Discuss procedures and arguments, and do not "
                                    "pass judgement on politicians and parties."
                                ),
                            },
                            {
                                "text": (
                                    "A long legal text with no parties and no conflict"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. Without parties and a conflict of interests, "
                                    "pupils have nothing to analyse."
                                ),
                            },
                            {
                                "text": (
                                    "An invented story with “facts” that have no "
                                    "sources or dates"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. Take facts only from reliable sources and "
                                    "always give the date."
                                ),
                            },
                            {
                                "text": (
                                    "A short real story: some residents want to turn a "
                                    "plot into a small park, while others want to keep "
                                    "the parking there"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. A good case is a short real story with a "
                                    "conflict of interests."
                                ),
                            },
                        ],
                        "explanation": (
                            "Take the facts for a case from official sites such as "
                            "kmr.gov.ua and kyivcity.gov.ua, and give the date, "
                            "because rules change. Good sources of cases are petitions "
                            "with published answers and the results of public-space "
                            "consultations."
                        ),
                    },
                ),
                (
                    "open_response",
                    {
                        "prompt": (
                            "<p>Describe a Kyiv case you could use in a lesson, "
                            "following the outline “situation – parties – tools – "
                            "consequences”. Say where you will take the facts from.</p>"
                        ),
                        "rubric": (
                            "A good answer describes a short real situation with a "
                            "conflict of interests; names at least two parties and "
                            "their interests; chooses suitable participation tools "
                            "(for example, a public-space consultation, a petition to "
                            "Kyiv City Council, a general meeting) and explains the "
                            "choice; predicts the consequences of at least two "
                            "decisions; names a reliable source of facts with a date "
                            "(kmr.gov.ua, kyivcity.gov.ua, petition.kyivcity.gov.ua); "
                            "and does not pass judgement on politicians or parties. 2 "
                            "points: all four parts of the outline and a reliable "
                            "source. 1 point: at least two parts of the outline. 0 "
                            "points: no case described."
                        ),
                        "max_words": 150,
                        "points": 2,
                        "explanation": (
                            "Compare your answer with the outline: situation, parties, "
                            "tools, consequences, plus a dated source for the facts."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "teaching-civic-participation",
        "lesson": "simulations-and-open-data",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: симуляції і робота з відкритими даними",
            "instructions": (
                "Відповідайте за текстом уроку; відкриту відповідь оцінить ведучий "
                "курсу."
            ),
            "questions": [
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>Щоб симуляція петиції була реалістичнішою, варто "
                            "попросити учнів на уроці підписати справжню петицію на "
                            "petition.kyivcity.gov.ua.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "Ні. Справжні петиції потребують ідентифікації, зокрема "
                            "через BankID, а участь має бути добровільним особистим "
                            "рішенням."
                        ),
                        "feedback_false": (
                            "Правильно. Симуляцію проводять на папері або в закритому "
                            "навчальному середовищі."
                        ),
                        "explanation": (
                            "Не просіть учнів підписувати справжні петиції чи "
                            "проходити опитування на уроці. Зі справжнім порталом "
                            "можна працювати інакше: показати опубліковану відповідь "
                            "на реальну петицію і порівняти її з відповіддю ваших "
                            "«посадових осіб»."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Як перенести київські правила петицій у масштаб класу? "
                            "Оберіть усі правильні відповіді.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Пообіцяти учням, що відповідь буде позитивною",
                                "correct": False,
                                "feedback": (
                                    "Ні. Відповідь може бути і позитивною, і "
                                    "негативною, і обидві — законний результат."
                                ),
                            },
                            {
                                "text": (
                                    "Попросити учнів входити через свій справжній "
                                    "BankID"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Симуляцію проводять на папері або в закритому "
                                    "навчальному середовищі, без справжньої "
                                    "ідентифікації."
                                ),
                            },
                            {
                                "text": (
                                    "Визначити строк для відповіді «посадових осіб»"
                                ),
                                "correct": True,
                                "feedback": "Так, як у справжніх петиціях.",
                            },
                            {
                                "text": "Встановити чіткий поріг підписів",
                                "correct": True,
                                "feedback": "Так, як у справжніх петиціях.",
                            },
                            {
                                "text": "Обмежити строк збору підписів",
                                "correct": True,
                                "feedback": "Так, як у справжніх петиціях.",
                            },
                        ],
                        "explanation": (
                            "Поріг, строк збору і строк відповіді роблять симуляцію "
                            "схожою на справжню процедуру. Вмотивована негативна "
                            "відповідь — такий самий законний результат, як і "
                            "позитивна."
                        ),
                    },
                ),
                (
                    "ordering",
                    {
                        "prompt": (
                            "<p>Розташуйте етапи симуляції консультації щодо "
                            "громадського простору в правильному порядку.</p>"
                        ),
                        "items": [
                            "Клас отримує проєкт облаштування скверу і ролі",
                            "15–20 хвилин на підготовку",
                            "Відкрите обговорення",
                            "Підсумковий протокол",
                            "Рефлексія: чию думку врахували, чию ні і чому",
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Ролі можуть бути різні: мешканці різного віку, власниця "
                            "кав'ярні, представник районної адміністрації, громадська "
                            "організація. Рефлексія наприкінці допомагає учням "
                            "осмислити, чию думку врахували і чому."
                        ),
                    },
                ),
                (
                    "open_response",
                    {
                        "prompt": (
                            "<p>Сплануйте симуляцію петиції або консультації на один "
                            "урок: розпишіть етапи з часом, назвіть, що буде "
                            "найскладнішим для учнів, і поясніть, як ви підтримаєте "
                            "тихих учнів.</p>"
                        ),
                        "rubric": (
                            "Добра відповідь: план укладається в один урок і має етапи "
                            "з часом; симуляція відбувається на папері або в закритому "
                            "навчальному середовищі, без справжніх підписів і BankID; "
                            "для петиції є поріг, строк збору і строк відповіді, а "
                            "відповідь може бути й негативною; для консультації є "
                            "ролі, підготовка, обговорення, протокол і рефлексія; "
                            "названо ймовірну складність для учнів; є конкретний "
                            "спосіб підтримати тихих учнів (наприклад, чіткі ролі, "
                            "робота в парах, письмові картки). 2 бали: є більшість цих "
                            "елементів. 1 бал: план є, але без часу або без підтримки "
                            "тихих учнів. 0 балів: плану немає."
                        ),
                        "max_words": 150,
                        "points": 2,
                        "explanation": (
                            "Порівняйте свій план з уроком: чіткі правила симуляції, "
                            "жодних справжніх підписів, рефлексія наприкінці і "
                            "продумана підтримка тихих учнів."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "Knowledge check: simulations and working with open data",
            "instructions": (
                "Answer using the lesson text; the course facilitator will grade the "
                "open answer."
            ),
            "questions": [
                (
                    "true_false",
                    {
                        "prompt": (
                            "<p>To make a petition simulation more realistic, you "
                            "should ask pupils to sign a real petition at "
                            "petition.kyivcity.gov.ua during the lesson.</p>"
                        ),
                        "correct": False,
                        "feedback_true": (
                            "No. Real petitions require identification, for example "
                            "through BankID, and taking part must be a voluntary, "
                            "personal decision."
                        ),
                        "feedback_false": (
                            "Correct. Simulations are run on paper or in a closed "
                            "learning environment."
                        ),
                        "explanation": (
                            "Do not ask pupils to sign real petitions or answer real "
                            "polls during the lesson. You can use the real portal "
                            "differently: show a published answer to a real petition "
                            "and compare it with your “officials'” answer."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>How can you scale Kyiv's petition rules down to a "
                            "class? Choose all correct answers.</p>"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": (
                                    "Promise pupils that the answer will be positive"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. The answer can be positive or negative, and "
                                    "both are a legitimate outcome."
                                ),
                            },
                            {
                                "text": "Ask pupils to sign in with their real BankID",
                                "correct": False,
                                "feedback": (
                                    "No. Simulations are run on paper or in a closed "
                                    "learning environment, without real identification."
                                ),
                            },
                            {
                                "text": "Set a deadline for the “officials'” answer",
                                "correct": True,
                                "feedback": "Yes, as with real petitions.",
                            },
                            {
                                "text": "Set a clear signature threshold",
                                "correct": True,
                                "feedback": "Yes, as with real petitions.",
                            },
                            {
                                "text": "Limit the time for collecting signatures",
                                "correct": True,
                                "feedback": "Yes, as with real petitions.",
                            },
                        ],
                        "explanation": (
                            "A threshold, a collection period and an answer deadline "
                            "make the simulation resemble the real procedure. A "
                            "reasoned negative answer is as legitimate an outcome as a "
                            "positive one."
                        ),
                    },
                ),
                (
                    "ordering",
                    {
                        "prompt": (
                            "<p>Put the stages of a simulated public-space "
                            "consultation in the correct order.</p>"
                        ),
                        "items": [
                            (
                                "The class receives a plan for redesigning a small "
                                "park, and roles"
                            ),
                            "15–20 minutes to prepare",
                            "An open discussion",
                            "A final record",
                            (
                                "Reflection: whose views were taken into account, "
                                "whose were not, and why"
                            ),
                        ],
                        "scoring": "partial",
                        "explanation": (
                            "Roles can include residents of different ages, a café "
                            "owner, someone from the district administration and a "
                            "civil society organisation. Reflection at the end helps "
                            "pupils think about whose views were taken into account "
                            "and why."
                        ),
                    },
                ),
                (
                    "open_response",
                    {
                        "prompt": (
                            "<p>Plan a one-lesson simulation of a petition or a "
                            "consultation: list the stages with timings, say what "
                            "pupils will find hardest, and explain how you will "
                            "support quiet pupils.</p>"
                        ),
                        "rubric": (
                            "A good answer: the plan fits one lesson and lists stages "
                            "with timings; the simulation runs on paper or in a closed "
                            "learning environment, with no real signatures or BankID; "
                            "a petition has a threshold, a collection period and an "
                            "answer deadline, and the answer may be negative; a "
                            "consultation has roles, preparation, discussion, a record "
                            "and reflection; a likely difficulty for pupils is named; "
                            "there is a concrete way to support quiet pupils (for "
                            "example, clear roles, pair work, written cards). 2 "
                            "points: most of these elements. 1 point: a plan without "
                            "timings or without support for quiet pupils. 0 points: no "
                            "plan."
                        ),
                        "max_words": 150,
                        "points": 2,
                        "explanation": (
                            "Compare your plan with the lesson: clear simulation "
                            "rules, no real signatures, reflection at the end and a "
                            "thought-out way to support quiet pupils."
                        ),
                    },
                ),
            ],
        },
    },
    {
        "module": "teaching-civic-participation",
        "lesson": "assessment-and-data-protection",
        "pass_mark": 60,
        "uk": {
            "title": "Перевірка знань: оцінювання навичок участі і захист даних учнів",
            "instructions": (
                "Відповідайте за текстом уроку; відкриту відповідь оцінить ведучий "
                "курсу."
            ),
            "questions": [
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>Учень розповів, що вдома підписав справжню петицію до "
                            "Київради. Як врахувати це в оцінюванні?</p>"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Ніяк: участь поза школою — особиста справа учня і "
                                    "його родини, за неї не ставлять оцінок"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Так. Не ставте оцінок за те, підписав учень "
                                    "справжню петицію чи ні."
                                ),
                            },
                            {
                                "text": (
                                    "Попросити показати знімок екрана з підписом і "
                                    "особистими даними"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Це зайві персональні дані; збирайте лише те, "
                                    "що справді потрібно для навчання."
                                ),
                            },
                            {
                                "text": "Знизити оцінки тим, хто не підписав",
                                "correct": False,
                                "feedback": (
                                    "Ні. Участь має бути добровільним особистим "
                                    "рішенням."
                                ),
                            },
                            {
                                "text": "Поставити додаткові бали за активність",
                                "correct": False,
                                "feedback": (
                                    "Ні. Участь у справжніх петиціях поза школою не "
                                    "оцінюють."
                                ),
                            },
                        ],
                        "explanation": (
                            "Оцінюйте навички — пошук інформації, аргументацію, "
                            "співпрацю, розуміння процедур, — а не погляди чи участь у "
                            "справжніх кампаніях поза школою."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": (
                            "<p>Доповніть головне правило оцінювання з уроку.</p>"
                        ),
                        "text": "Оцінюйте [[навички|вміння]], а не [[погляди|думки]].",
                        "scoring": "partial",
                        "explanation": (
                            "Учень може підтримувати ідею або заперечувати її; "
                            "важливо, як він шукає інформацію, аргументує, слухає "
                            "інших і дотримується процедури."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Які дії відповідають правилам захисту персональних "
                            "даних учнів з уроку? Оберіть усі правильні відповіді.</p>"
                        ),
                        "scoring": "all_or_nothing",
                        "options": [
                            {
                                "text": (
                                    "Збирати лише те, що справді потрібно для навчання"
                                ),
                                "correct": True,
                                "feedback": "Так, це перше правило.",
                            },
                            {
                                "text": (
                                    "Отримувати згоду учнів і батьків перед "
                                    "публікацією фото чи робіт неповнолітніх"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Так, згода потрібна і від учнів, і від батьків."
                                ),
                            },
                            {
                                "text": (
                                    "У відкритих звітах використовувати узагальнені "
                                    "або знеособлені дані"
                                ),
                                "correct": True,
                                "feedback": "Так, так учнів не можна впізнати.",
                            },
                            {
                                "text": (
                                    "Попросити учнів надіслати коди підтвердження, щоб "
                                    "перевірити їхні підписи"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Ніколи не просіть учнів ділитися обліковими "
                                    "записами, даними BankID чи кодами підтвердження."
                                ),
                            },
                            {
                                "text": (
                                    "Зберігати роботи учнів в особистому месенджері "
                                    "вчителя"
                                ),
                                "correct": False,
                                "feedback": (
                                    "Ні. Зберігайте роботи в шкільних системах і "
                                    "видаляйте зайві дані після завершення проєкту."
                                ),
                            },
                        ],
                        "explanation": (
                            "Ці правила складено в дусі Закону України «Про захист "
                            "персональних даних». Після завершення проєкту видаляйте "
                            "дані, які вже не потрібні."
                        ),
                    },
                ),
                (
                    "open_response",
                    {
                        "prompt": (
                            "<p>Ваш клас готує петицію як навчальний проєкт. Опишіть "
                            "два-три критерії оцінювання з рівнями і поясніть, як ви "
                            "захистите персональні дані учнів.</p>"
                        ),
                        "rubric": (
                            "Добра відповідь: критерії оцінюють навички, а не погляди "
                            "(наприклад, точність фактів і посилання на джерела, "
                            "якість аргументів, співпрацю, розуміння того, хто ухвалює "
                            "рішення, рефлексію); для кожного критерію описано кілька "
                            "рівнів, від початкового до високого; критерії показують "
                            "учням заздалегідь; названо щонайменше два заходи захисту "
                            "даних (збирати лише потрібне, згода учнів і батьків на "
                            "публікацію, знеособлені дані у звітах, шкільні системи "
                            "замість месенджерів, видалення зайвих даних, жодних "
                            "облікових записів, BankID чи кодів); участь у справжніх "
                            "петиціях не оцінюють. 2 бали: критерії з рівнями і "
                            "щонайменше два заходи захисту даних. 1 бал: лише одна з "
                            "цих двох частин. 0 балів: жодної."
                        ),
                        "max_words": 150,
                        "points": 2,
                        "explanation": (
                            "Порівняйте свою відповідь з уроком: критерії з рівнями, "
                            "які учні бачать заздалегідь, і прості правила роботи з "
                            "даними."
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": (
                "Knowledge check: assessing participation skills and protecting "
                "pupils' data"
            ),
            "instructions": (
                "Answer using the lesson text; the course facilitator will grade the "
                "open answer."
            ),
            "questions": [
                (
                    "single_choice",
                    {
                        "prompt": (
                            "<p>A pupil says he signed a real petition to Kyiv City "
                            "Council at home. How should this count in assessment?</p>"
                        ),
                        "options": [
                            {
                                "text": (
                                    "It should not count: taking part outside school "
                                    "is a private matter for the pupil and family, and "
                                    "it is not graded"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes. Do not give marks for whether a pupil has "
                                    "signed a real petition."
                                ),
                            },
                            {
                                "text": (
                                    "Ask him to show a screenshot of the signature "
                                    "with his personal details"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. These are unnecessary personal data; collect "
                                    "only what you really need for learning."
                                ),
                            },
                            {
                                "text": "Lower the marks of those who did not sign",
                                "correct": False,
                                "feedback": (
                                    "No. Taking part must be a voluntary, personal "
                                    "decision."
                                ),
                            },
                            {
                                "text": "Give extra marks for being active",
                                "correct": False,
                                "feedback": (
                                    "No. Taking part in real petitions outside school "
                                    "is not graded."
                                ),
                            },
                        ],
                        "explanation": (
                            "Assess skills such as finding information, arguing, "
                            "cooperating and understanding procedures, not views or "
                            "taking part in real campaigns outside school."
                        ),
                    },
                ),
                (
                    "fill_blanks",
                    {
                        "prompt": (
                            "<p>Complete the lesson's main rule for assessment.</p>"
                        ),
                        "text": "Assess [[skills]], not [[views|opinions]].",
                        "scoring": "partial",
                        "explanation": (
                            "A pupil may support an idea or oppose it; what matters is "
                            "how they look for information, argue, listen to others "
                            "and follow the procedure."
                        ),
                    },
                ),
                (
                    "multiple_choice",
                    {
                        "prompt": (
                            "<p>Which actions follow the lesson's rules for protecting "
                            "pupils' personal data? Choose all correct answers.</p>"
                        ),
                        "scoring": "all_or_nothing",
                        "options": [
                            {
                                "text": (
                                    "Collect only what you really need for learning"
                                ),
                                "correct": True,
                                "feedback": "Yes, this is the first rule.",
                            },
                            {
                                "text": (
                                    "Get the consent of pupils and their parents "
                                    "before publishing photos or work by minors"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes, consent is needed from both pupils and "
                                    "parents."
                                ),
                            },
                            {
                                "text": (
                                    "Use aggregated or anonymised data in public "
                                    "reports"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Yes, that way pupils cannot be identified."
                                ),
                            },
                            {
                                "text": (
                                    "Ask pupils to send their confirmation codes so "
                                    "you can check their signatures"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. Never ask pupils to share their accounts, "
                                    "BankID details or confirmation codes."
                                ),
                            },
                            {
                                "text": (
                                    "Keep pupils' work in the teacher's personal "
                                    "messenger"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. Keep work in school systems and delete data "
                                    "you no longer need once the project is over."
                                ),
                            },
                        ],
                        "explanation": (
                            "These rules follow the spirit of the Law of Ukraine “On "
                            "Personal Data Protection”. Once the project is over, "
                            "delete data you no longer need."
                        ),
                    },
                ),
                (
                    "open_response",
                    {
                        "prompt": (
                            "<p>Your class is preparing a petition as a class project. "
                            "Describe two or three assessment criteria with levels, "
                            "and explain how you will protect pupils' personal "
                            "data.</p>"
                        ),
                        "rubric": (
                            "A good answer: the criteria assess skills, not views (for "
                            "example, accurate facts and references to sources, the "
                            "quality of arguments, cooperation, understanding who "
                            "makes the decision, reflection); each criterion has "
                            "several levels, from beginning to advanced; the criteria "
                            "are shown to pupils in advance; at least two "
                            "data-protection measures are named (collect only what is "
                            "needed, consent of pupils and parents for publication, "
                            "anonymised data in reports, school systems instead of "
                            "messengers, deleting data no longer needed, no accounts, "
                            "BankID or codes); taking part in real petitions is not "
                            "graded. 2 points: criteria with levels and at least two "
                            "data-protection measures. 1 point: only one of these two "
                            "parts. 0 points: neither."
                        ),
                        "max_words": 150,
                        "points": 2,
                        "explanation": (
                            "Compare your answer with the lesson: criteria with levels "
                            "that pupils see in advance, and simple rules for handling "
                            "data."
                        ),
                    },
                ),
            ],
        },
    },
]
