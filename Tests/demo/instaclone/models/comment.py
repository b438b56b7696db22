"""The Comment model."""
from instaclone.models.base import Model

FIELDS = ('post', 'author', 'text')


class Comment(Model):
    prefix = "cmt"
    fields = FIELDS


def create(**values):
    return Comment(**values)
