"""An AttributeError for an attribute name of hundreds of characters carries its whole message, at each of several lengths, every time it is raised."""


class Plain:
    def __init__(self, full):
        if full:
            self.long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attri = 264
            self.long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_a = 280
            self.long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_lo = 296
            self.long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_nam = 312


def reader():
    p = Plain(False)
    for i in range(3):
        try:
            yield p.long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attri
        except AttributeError as e:
            emit(e)
    for i in range(3):
        try:
            yield p.long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_a
        except AttributeError as e:
            emit(e)
    for i in range(3):
        try:
            yield p.long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_lo
        except AttributeError as e:
            emit(e)
    for i in range(3):
        try:
            yield p.long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_name_long_attribute_nam
        except AttributeError as e:
            emit(e)


DRIVE = [
    ("new", "g", "reader"),
    ("drain", "g"),
]
