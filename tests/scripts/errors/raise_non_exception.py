# Only BaseException subclasses can be raised.
raise 42  # expect runtime error: TypeError: exceptions must derive from BaseException
