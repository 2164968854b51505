"""The one thing pyproject.toml cannot say without an experimental table: an optional C module.

bot/_charmap.c does per-character work on message text in C (bot/charmap.py). ``optional=True``:
an install on a machine without a C compiler still works, on the same operations in Python.
"""
from setuptools import Extension, setup

setup(ext_modules=[Extension("bot._charmap", ["bot/_charmap.c"], optional=True)])
