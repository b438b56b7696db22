import unittest

class A(unittest.TestCase):
    def test_one(self):
        self.assertIn('a', 'abc')

    def test_two(self):
        self.assertAlmostEqual(1 / 3, 0.333333333)

class B(unittest.TestCase):
    def test_three(self):
        self.assertEqual(sorted([3, 1, 2]), [1, 2, 3])

print('running')
unittest.main()
