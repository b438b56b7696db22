"""The User model."""
from instaclone.models.base import Model

FIELDS = ('username', 'full_name', 'bio', 'private')


class User(Model):
    prefix = "usr"
    fields = FIELDS


def create(**values):
    return User(**values)
