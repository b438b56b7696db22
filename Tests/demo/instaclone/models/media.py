"""The Media model."""
from instaclone.models.base import Model

FIELDS = ('kind', 'width', 'height', 'url')


class Media(Model):
    prefix = "med"
    fields = FIELDS


def create(**values):
    return Media(**values)
