# Classes created inside a function are new on each call and capture locals.
def make_class(greeting):
    class Greeter:
        def greet(self, who):
            return greeting + ", " + who
    return Greeter
Hello = make_class("hello")
Hi = make_class("hi")
print(Hello().greet("ann"), "/", Hi().greet("bob"))  # expect: hello, ann / hi, bob
print(Hello is Hi, Hello.__name__ == Hi.__name__)  # expect: False True
print(isinstance(Hello(), Hi))  # expect: False
