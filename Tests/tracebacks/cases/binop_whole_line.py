a = None
a + 1
