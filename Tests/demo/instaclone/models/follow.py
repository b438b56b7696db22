"""The Follow model."""
from instaclone.models.base import Model

FIELDS = ('follower', 'followee')


class Follow(Model):
    prefix = "flw"
    fields = FIELDS


def create(**values):
    return Follow(**values)
