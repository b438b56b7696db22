"""Business logic between the models and the views."""
