"""Views: what each screen renders, as text."""
