# Width and alignment specs.
x = "ab"
print(f"[{x:>6}]")  # expect: [    ab]
print(f"[{x:<6}]")  # expect: [ab    ]
print(f"[{x:^6}]")  # expect: [  ab  ]
print(f"[{x:*^7}]")  # expect: [**ab***]
print(f"[{42:5}]")  # expect: [   42]
print(f"[{'s':5}]")  # expect: [s    ]
