import unittest, sys

class Stream:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
    def text(self):
        lines = ''.join(self.parts).split('\n')
        return '\n'.join('Ran N tests' if l.startswith('Ran ') else l for l in lines)

log = []

class Calc(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        self.items = [1, 2, 3]

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_add(self):
        self.assertEqual(1 + 1, 2)
        self.assertNotEqual(1, 2)
        self.assertTrue([1])
        self.assertFalse('')
        self.assertIs(None, None)
        self.assertIsNot(1, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(2, self.items)
        self.assertNotIn(9, self.items)
        self.assertIsInstance(1, int)
        self.assertNotIsInstance(1, str)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(0.1, 0.2)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertListEqual([1], [1])
        self.assertDictEqual({'a': 1}, {'a': 1})
        self.assertTupleEqual((1,), (1,))
        self.assertSetEqual({1}, {1})

    def test_fail_equal(self):
        self.assertEqual(1, 2)

    def test_fail_msg(self):
        """Checks a message."""
        self.assertEqual(3, 4, 'numbers differ')

    def test_error(self):
        raise KeyError('missing')

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), 'division by zero')
        self.assertRaises(ValueError, int, 'x')
        with self.assertRaises((KeyError, IndexError)):
            [][1]

    def test_raises_not_raised(self):
        with self.assertRaises(ValueError):
            pass

    @unittest.skip('not ready')
    def test_skipped(self):
        self.fail('never')

    @unittest.skipIf(True, 'condition')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'runs')
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest('dynamic skip')

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_fail_call(self):
        self.fail('explicit failure')


class Other(unittest.TestCase):
    def test_messages(self):
        msgs = []
        checks = [
            lambda: self.assertTrue(0), lambda: self.assertFalse(1), lambda: self.assertIs(1, None),
            lambda: self.assertIsNot(None, None), lambda: self.assertIsNone(5), lambda: self.assertIsNotNone(None),
            lambda: self.assertIn(5, [1, 2]), lambda: self.assertNotIn(1, [1, 2]),
            lambda: self.assertIsInstance('a', int), lambda: self.assertNotIsInstance('a', str),
            lambda: self.assertAlmostEqual(1.0, 1.1), lambda: self.assertAlmostEqual(1.0, 1.5, delta=0.25),
            lambda: self.assertNotAlmostEqual(1.0, 1.0), lambda: self.assertGreater(1, 2),
            lambda: self.assertGreaterEqual(1, 2), lambda: self.assertLess(2, 1), lambda: self.assertLessEqual(3, 1),
            lambda: self.assertNotEqual('a', 'a'), lambda: self.assertEqual(1.5, 2), lambda: self.assertEqual(None, 0),
            lambda: self.assertCountEqual([1, 2, 2], [1, 1, 2]), lambda: self.assertEqual((1, 2), (1, 3)) ,
            lambda: self.assertRaises(KeyError, lambda: None), lambda: self.assertTrue(False, 'custom'),
            lambda: self.assertListEqual([1, 2], [1, 3]), lambda: self.assertListEqual([1, 2, 3], [1, 2]),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                msgs.append(str(e).split('\n\n- ')[0].split('\n- ')[0])
        print('\n'.join(msgs))


for verbosity in (1, 2):
    stream = Stream()
    suite = unittest.TestLoader().loadTestsFromTestCase(Calc)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(stream.text())
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(log)
Other('test_messages').test_messages()
suite = unittest.TestSuite()
suite.addTest(Calc('test_add'))
suite.addTests([Calc('test_raises')])
print(suite.countTestCases(), [str(t) for t in suite], repr(Calc('test_add')), Calc('test_add').id())
stream = Stream()
r = unittest.TextTestRunner(stream=stream).run(suite)
print(stream.text(), r.wasSuccessful())
