"""The classes' listener on a learner's progress (settings.LEARNING_LISTENERS)."""

from learning.listeners import ProgressChange

from .grid_cache import progress_changed


def stale_grids(change: ProgressChange) -> None:
    """The learner's progress row was written: their class grids are stale once
    this commits. (Teachers' own writes through the ORM are heard by the
    post_save/post_delete receiver in ClassesConfig.ready.)"""
    progress_changed(type(change.progress), change.progress)
