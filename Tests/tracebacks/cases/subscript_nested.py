grid = [[1, 2], [3]]
total = grid[1][1] + 5
