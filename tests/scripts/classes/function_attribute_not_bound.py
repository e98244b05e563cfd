# A function stored on an instance is not bound; one stored on the class is.
def shout(x="none"):
    return "shout " + str(x)
class Holder:
    pass
h = Holder()
h.fn = shout
print(h.fn())  # expect: shout none
Holder.method = shout
print(Holder().method().startswith("shout <__main__.Holder object"))  # expect: True
h.cb = lambda: "callback"
print(h.cb())  # expect: callback
