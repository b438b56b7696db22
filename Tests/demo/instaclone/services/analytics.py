"""Counters for the dashboard."""
from instaclone.models.base import TABLES
from instaclone.utils.hashing import bucket

EXPERIMENTS = {name: bucket(name) for name in ("new_feed", "big_buttons", "dark_mode")}


def counts():
    return {table: len(rows) for table, rows in sorted(TABLES.items())}
