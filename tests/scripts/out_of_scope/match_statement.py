# match/case (structural pattern matching): CPython's behaviour, for the record.
# skip: minipy rejects this on purpose (LANGUAGE.md: out of scope)
def describe(value):
    match value:
        case 0:
            return "zero"
        case [x, y]:
            return "pair %s %s" % (x, y)
        case {"kind": kind}:
            return "kind " + kind
        case str() as s if s:
            return "text " + s
        case _:
            return "other"
print(describe(0))  # expect: zero
print(describe([1, 2]))  # expect: pair 1 2
print(describe({"kind": "k", "x": 1}))  # expect: kind k
print(describe("hi"), describe(""))  # expect: text hi other
