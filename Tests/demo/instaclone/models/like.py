"""The Like model."""
from instaclone.models.base import Model

FIELDS = ('post', 'user')


class Like(Model):
    prefix = "lik"
    fields = FIELDS


def create(**values):
    return Like(**values)
