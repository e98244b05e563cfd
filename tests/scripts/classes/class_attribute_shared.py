# A class attribute is read through every instance and through the class.
class Config:
    version = 3
    name = "base"
a = Config()
b = Config()
print(a.version, b.version, Config.version)  # expect: 3 3 3
Config.version = 4
print(a.version, b.version)  # expect: 4 4
print(a.name + "/" + b.name)  # expect: base/base
