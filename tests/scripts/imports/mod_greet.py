# nontest
# Helper module for imports/ tests: a constant, functions and its own __name__.
NAME = "greet"
MY_NAME = __name__
def hello(who):
    return "hello, " + who
def shout(who):
    return hello(who).upper() + "!"
