# Arguments by position and by keyword, in any keyword order.
def describe(name, age, city):
    return name + "/" + str(age) + "/" + city
print(describe("ann", 30, "oslo"))  # expect: ann/30/oslo
print(describe(city="rome", name="bo", age=5))  # expect: bo/5/rome
print(describe("cy", city="nice", age=7))  # expect: cy/7/nice
