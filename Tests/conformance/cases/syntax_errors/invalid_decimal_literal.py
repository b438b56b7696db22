value = 12abc
