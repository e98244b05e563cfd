# Without __repr__, objects print as <__main__.Name object at 0x...>.
class Plain:
    pass
text = repr(Plain())
print(text.startswith("<__main__.Plain object at 0x"), text.endswith(">"))  # expect: True True
print(str(Plain()).startswith("<__main__.Plain object at "))  # expect: True
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o)  # expect: only-str
print(repr(o).startswith("<__main__.OnlyStr object"))  # expect: True
print(repr([o]).startswith("[<__main__.OnlyStr object"))  # expect: True
