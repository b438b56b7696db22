"""Cursor pagination over lists."""
from instaclone.config import SETTINGS


def paginate(items, cursor=0, size=None):
    size = size or SETTINGS["feed_page_size"]
    page = items[cursor:cursor + size]
    following = cursor + size if cursor + size < len(items) else None
    return page, following
