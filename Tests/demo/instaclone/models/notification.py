"""The Notification model."""
from instaclone.models.base import Model

FIELDS = ('user', 'kind', 'payload')


class Notification(Model):
    prefix = "ntf"
    fields = FIELDS


def create(**values):
    return Notification(**values)
