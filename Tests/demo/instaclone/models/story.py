"""The Story model."""
from instaclone.models.base import Model

FIELDS = ('author', 'media', 'created')


class Story(Model):
    prefix = "sty"
    fields = FIELDS


def create(**values):
    return Story(**values)
