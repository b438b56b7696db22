"""Plain-text rendering helpers shared by the views."""
from instaclone.utils.text import truncate

WIDTH = 60
RULE = "-" * WIDTH


def card(title, lines):
    return "\n".join([RULE, title.upper(), *(truncate(line, WIDTH) for line in lines), RULE])
