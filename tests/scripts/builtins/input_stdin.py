# input() reads lines fed on stdin; a prompt goes to stdout without a newline.
# stdin: alice
# stdin: 42
name = input()
age = int(input("age>"))
print("|")  # expect: age>|
print("hello", name, age + 1)  # expect: hello alice 43
