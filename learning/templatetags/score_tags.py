"""`{{ value|percent }}`: a stored percentage as every page shows it
(learning.scores.shown_percent)."""

from django import template

from learning.scores import shown_percent

register = template.Library()


@register.filter
def percent(value) -> str:
    return shown_percent(value)
