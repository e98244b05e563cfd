# oracle skip: minipy refuses __getattribute__ rather than ignore it (LANGUAGE.md honours __getattr__ only)
class G:  # expect runtime error: NotImplementedError: __getattribute__ is not supported by minipy (__getattr__ is)
    def __getattribute__(self, name):
        return 1
