# __str__ on an exception class controls str(e) and the uncaught message line.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return self.field + ": " + self.problem
try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e)  # expect: age: must be positive
    print(e.args)  # expect: ('age', 'must be positive')
    print(repr(e))  # expect: ValidationError('age', 'must be positive')
raise ValidationError("name", "empty")  # expect runtime error: ValidationError: name: empty
