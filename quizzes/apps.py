from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from learning import activity

        from . import answers, block_cache
        from .blocks import QuizBlock
        from .progress import QUIZ, kind_outcomes
        from .taking import attempt_state, quiz_block_context

        activity.register(
            name=QUIZ,
            block=QuizBlock,
            outcomes=kind_outcomes,
            history=answers.history,
            export=answers.learner_export,
        )
        QuizBlock.show_learners_with(quiz_block_context)
        block_cache.read_state_with(attempt_state)
