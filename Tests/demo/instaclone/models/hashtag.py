"""The Hashtag model."""
from instaclone.models.base import Model

FIELDS = ('name', 'count')


class Hashtag(Model):
    prefix = "tag"
    fields = FIELDS


def create(**values):
    return Hashtag(**values)
