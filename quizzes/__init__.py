"""Quizzes: questions, grading, attempts and progress.

The models arrive with the quizzes issue.
"""
