"""The Message model."""
from instaclone.models.base import Model

FIELDS = ('sender', 'recipient', 'text')


class Message(Model):
    prefix = "msg"
    fields = FIELDS


def create(**values):
    return Message(**values)
