"""The Post model."""
from instaclone.models.base import Model

FIELDS = ('author', 'caption', 'created', 'media')


class Post(Model):
    prefix = "pst"
    fields = FIELDS


def create(**values):
    return Post(**values)
