# Methods recurse through self on a binary tree.
class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right
    def total(self):
        s = self.value
        if self.left:
            s += self.left.total()
        if self.right:
            s += self.right.total()
        return s
    def depth(self):
        l = self.left.depth() if self.left else 0
        r = self.right.depth() if self.right else 0
        return 1 + max(l, r)
    def inorder(self):
        out = self.left.inorder() if self.left else []
        out.append(self.value)
        return out + (self.right.inorder() if self.right else [])
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, None, Tree(7, Tree(5))))
print(t.total(), t.depth())  # expect: 28 4
print(t.inorder())  # expect: [1, 2, 3, 4, 6, 5, 7]
