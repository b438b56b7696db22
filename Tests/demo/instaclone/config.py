"""Settings, computed once at import."""
DEFAULTS = {
    "feed_page_size": 20,
    "story_ttl_hours": 24,
    "max_caption": 2200,
    "max_hashtags": 30,
    "ranking_half_life_hours": 6.0,
}
FEATURE_FLAGS = {name: (len(name) % 3 != 0) for name in ("reels", "close_friends", "shopping", "notes", "threads")}
SETTINGS = dict(DEFAULTS, debug=False, region="eu-west")
