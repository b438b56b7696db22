import unittest

class TestStack(unittest.TestCase):
    def setUp(self):
        self.stack = []

    def test_push(self):
        self.stack.append(1)
        self.assertEqual(self.stack, [1])

    def test_pop_empty(self):
        with self.assertRaises(IndexError):
            self.stack.pop()

    def test_wrong(self):
        self.stack.append(2)
        self.assertEqual(len(self.stack), 2)

    @unittest.skip('later')
    def test_later(self):
        pass

if __name__ == '__main__':
    unittest.main()
