# Without __bool__, truthiness uses __len__; with neither, objects are true.
class Stack:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
s = Stack()
print(bool(s))  # expect: False
s.items.append(1)
print(bool(s))  # expect: True
while s:
    s.items.pop()
    print("popped")  # expect: popped
class Empty:
    pass
print(bool(Empty()), not Empty())  # expect: True False
