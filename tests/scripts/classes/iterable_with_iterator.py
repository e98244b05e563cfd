# An iterable whose __iter__ returns a fresh iterator can be looped twice.
class Word:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        return WordIter(self.text)
class WordIter:
    def __init__(self, text):
        self.text = text
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.text):
            raise StopIteration
        self.i += 1
        return self.text[self.i - 1].upper()
w = Word("abc")
print(list(w), list(w))  # expect: ['A', 'B', 'C'] ['A', 'B', 'C']
print([(x, y) for x in Word("ab") for y in Word("ab")])  # expect: [('A', 'A'), ('A', 'B'), ('B', 'A'), ('B', 'B')]
it = iter(w)
print(type(it).__name__, iter(it) is it)  # expect: WordIter True
print("-".join(w))  # expect: A-B-C
