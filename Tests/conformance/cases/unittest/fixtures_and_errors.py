import unittest

class Stream:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass

events = []

class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('no database')

    def test_never(self):
        events.append('never')

class Cleanups(unittest.TestCase):
    def setUp(self):
        self.addCleanup(events.append, 'cleanup')

    def test_setup_error(self):
        events.append('body')

    def test_chained(self):
        try:
            raise ValueError('inner')
        except ValueError as e:
            raise TypeError('outer') from e

class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError('setup failed')

    def test_x(self):
        events.append('not run')

@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in (BrokenClass, Cleanups, BadSetUp, Skipped)])
stream = Stream()
result = unittest.TextTestRunner(stream=stream).run(suite)
for line in ''.join(stream.parts).split('\n'):
    print('Ran ...' if line.startswith('Ran ') else line)
print(events, result.testsRun, len(result.errors), len(result.skipped))
print(loader.getTestCaseNames(Cleanups))
