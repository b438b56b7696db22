items = None
result = (items
          .nope)
