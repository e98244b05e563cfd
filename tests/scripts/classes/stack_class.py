# A stack class raising its own errors when empty.
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")  # expect runtime error: IndexError: pop from empty Stack
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
s = Stack().push(1).push(2).push(3)
print(len(s), s.peek())  # expect: 3 3
print(s.pop(), s.pop(), s.pop(), len(s))  # expect: 3 2 1 0
print(s.peek())  # expect: None
s.pop()
