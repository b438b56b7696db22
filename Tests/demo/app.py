"""Instaclone, the Smolder shell demo: `make run` starts the shell with lazy imports on (-L) after
running this file, so the imports below are deferred until first use.

Try:  :deferred    main(["feed", "ada"])    :deferred    :modules    :why instaclone.models.post
"""
from instaclone.cli import main
from instaclone.services.ranking import rank_posts
from instaclone.services.search import search
from instaclone.views import dashboard, explore
import instaclone.utils.text
