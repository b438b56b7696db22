"""Captions, mentions and hashtags."""
STOPWORDS = frozenset("a an the and or of to in on for with at by".split())
WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def _marked(text, mark):
    found = []
    for token in text.split():
        if token.startswith(mark) and len(token) > 1:
            word = "".join(c for c in token[1:] if c.lower() in WORD_CHARS)
            if word:
                found.append(word)
    return found


def hashtags(text):
    return [tag.lower() for tag in _marked(text, "#")]


def mentions(text):
    return _marked(text, "@")


def truncate(text, width=40):
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def keywords(text):
    words = "".join(c if c.isalpha() else " " for c in text.lower()).split()
    return [w for w in words if w not in STOPWORDS]
