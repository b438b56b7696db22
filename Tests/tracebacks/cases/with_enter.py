with None as f:
    pass
