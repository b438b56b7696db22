__all__ = ['fine', 5]
fine = 1
