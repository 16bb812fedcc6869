"""Turning raw page text into a clean article (body, title, date, bylines...).

The package itself loads nothing: the window reads the reasons' codes of core.cleaning.checks without the
cleaner's modules (some hundreds of patterns); cleaning an article is core.cleaning.apply.
"""
