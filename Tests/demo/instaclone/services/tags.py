"""Hashtag counts."""
from instaclone.models.hashtag import Hashtag

BY_NAME = {}


def count_tags(names):
    for name in names:
        tag = BY_NAME.get(name) or BY_NAME.setdefault(name, Hashtag(name=name, count=0))
        tag.count += 1


def trending(n=5):
    return sorted(BY_NAME.values(), key=lambda t: (-t.count, t.name))[:n]
