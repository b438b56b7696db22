items = [3, 1]
result = (items
          .index(7))
