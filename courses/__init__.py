"""Courses: the catalogue, modules and lessons authored in Wagtail.

The models arrive with the courses issue.
"""
