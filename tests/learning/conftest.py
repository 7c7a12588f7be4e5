"""The classes tests' school, teacher and class, for pages that show a learner's
results to their teacher."""

from tests.classes.conftest import klass, school, teacher  # noqa: F401
