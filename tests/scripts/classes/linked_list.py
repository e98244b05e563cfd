# A small linked list with __len__, __iter__, __getitem__ and __repr__.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        return LLIter(self.head)
    def __repr__(self):
        return "LinkedList(" + ", ".join(repr(v) for v in self) + ")"
class LLIter:
    def __init__(self, node):
        self.node = node
    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v
    def __iter__(self):
        return self
ll = LinkedList()
for x in "abc":
    ll.push(x)
print(ll, len(ll))  # expect: LinkedList('c', 'b', 'a') 3
print(list(ll), "b" in ll, "z" in ll)  # expect: ['c', 'b', 'a'] True False
