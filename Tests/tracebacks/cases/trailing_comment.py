x = None
y = x.attr  # a comment
