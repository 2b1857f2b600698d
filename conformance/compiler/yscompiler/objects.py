"""Lowering tuples, e.args, subscripts, len() and `yield from range(...)` (spec/SUBSET.md, "Tuples")."""

import ast


class ObjectLowering:
    """Tuples, e.args, t[i], len() and yield from range(): the part of FunctionLowering for spec/SUBSET.md's
    "Tuples" and "Iterator classes"; its methods use FunctionLowering's expr() and call()."""

    def expr_Tuple(self, node):
        items = [self.expr(e) for e in node.elts]
        if not items:
            return self.call("ys_tuple_new(0, NULL)", [])
        argv = ", ".join(i.code for i in items)
        return self.call(f"ys_tuple_new({len(items)}, (const ys_value[]){{{argv}}})", items)

    def exception_args(self, node):
        exc = self.expr(node.value)
        return self.call(f"ys_exc_args({exc.code})", [exc])

    def subscript(self, node):
        value = self.expr(node.value)
        index = self.expr(subscript_index(node))
        return self.call(f"ys_getitem({value.code}, {index.code})", [value, index])

    def tuple_builtin_call(self, name, args):
        if name == "len":
            return self.call(f"ys_len({args[0].code})", args)
        argv = ", ".join(a.code for a in args)
        return self.call(f"ys_range_iter({len(args)}, (const ys_value[]){{{argv}}})", args)


def is_first_exception_argument(node):
    """`NAME.args[0]`: read straight from the exception, with no tuple made."""
    target, index = node.value, subscript_index(node)
    return (isinstance(target, ast.Attribute) and target.attr == "args" and isinstance(target.value, ast.Name)
            and isinstance(index, ast.Constant) and type(index.value) is int and index.value == 0)


def subscript_index(node):
    """The index expression of a subscript (3.8 wraps it in ast.Index)."""
    index = node.slice
    return index.value if type(index).__name__ == "Index" else index
