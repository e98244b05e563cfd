# super().__init__(...) runs the base initialiser on the same object.
class Person:
    def __init__(self, name):
        print("Person.__init__")
        self.name = name
class Employee(Person):
    def __init__(self, name, salary):
        super().__init__(name)
        print("Employee.__init__")
        self.salary = salary
e = Employee("bo", 100)
# expect: Person.__init__
# expect: Employee.__init__
print(e.name, e.salary)  # expect: bo 100
print(sorted(vars(e)))  # expect: ['name', 'salary']
