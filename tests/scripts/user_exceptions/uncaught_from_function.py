# The innermost traceback entry is the raise inside the nested call.
class ParseError(Exception):
    pass
def parse(text):
    if not text.isdigit():
        raise ParseError("not a number: " + repr(text))  # expect runtime error: ParseError: not a number: 'x1'
    return int(text)
def run(items):
    return [parse(t) for t in items]
print(run(["1", "22"]))  # expect: [1, 22]
run(["3", "x1"])
