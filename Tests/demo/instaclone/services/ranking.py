"""Feed ranking: recency decay times engagement."""
from instaclone.config import SETTINGS
from instaclone.services.social import likes
from instaclone.utils import clock

HALF_LIFE = SETTINGS["ranking_half_life_hours"]
DECAY = [0.5 ** (hours / HALF_LIFE) for hours in range(72)]


def score(post):
    age = int(clock.hours_between(post.created, clock.now()))
    return (1 + likes(post)) * DECAY[min(age, len(DECAY) - 1)]


def rank_posts(posts):
    return sorted(posts, key=score, reverse=True)
