# repr() of containers calls __repr__ on every element, recursively.
class Node:
    def __init__(self, name, kids=None):
        self.name = name
        self.kids = kids or []
    def __repr__(self):
        if self.kids:
            return "Node(%r, %r)" % (self.name, self.kids)
        return "Node(%r)" % self.name
tree = Node("root", [Node("a"), Node("b", [Node("c")])])
print(repr(tree))  # expect: Node('root', [Node('a'), Node('b', [Node('c')])])
nodes = [Node("x"), Node("y")]
s = repr(nodes)
print(s)  # expect: [Node('x'), Node('y')]
print(len(s))  # expect: 22
print(str(nodes) == repr(nodes))  # expect: True
