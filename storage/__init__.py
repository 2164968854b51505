"""Persistence: SQLModel tables, one batching writer, and the queries handlers need."""
from storage.db import Database

__all__ = ["Database"]
