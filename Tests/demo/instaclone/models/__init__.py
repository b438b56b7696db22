"""Data classes for users, posts and everything around them."""
