"""Lowering tuples, e.args, subscripts, len(), `yield from range(...)` (spec/SUBSET.md, "Tuples") and
instances of iterator classes: attributes, method calls, instantiation ("Iterator classes")."""

import ast

from .cnames import c_string, python_symbol


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

    def attribute_load(self, node):
        obj = self.expr(node.value)
        return self.call(f"ys_getattr({obj.code}, {c_string(node.attr)[0]})", [obj])

    def attribute_assign(self, target, value_node):
        """obj.name = value: CPython evaluates the value first, then the object (STORE_ATTR)."""
        value = self.expr(value_node)
        obj = self.expr(target.value)
        if target.attr in self.module.attribute_names:
            self.store_attribute(obj, target.attr, value)
            return
        # e.value = v, g.gi_running = v (subset.STORED_ATTRIBUTES): no instance is involved
        stored = self.new_temp()
        self.emit(f"{stored} = ys_bool(ys_store_attribute({obj.code}, {c_string(target.attr)[0]}, {value.code}));")
        self.release_all([obj, value])
        self.emit(f"if (!ys_truthy({stored})) {{ {self.raise_goto()} }}")

    def attribute_augassign(self, node):
        """obj.name op= value: the object, its attribute, the value, the operation, the store."""
        from .lower import BINARY_OPS  # lower imports this module
        obj = self.expr(node.target.value)
        name = c_string(node.target.attr)[0]
        current = self.call(f"ys_getattr({obj.code}, {name})", [])  # obj is kept for the store
        value = self.expr(node.value)
        result = self.call(f"yc_inplace({BINARY_OPS[type(node.op)]}, {current.code}, {value.code})",
                           [current, value])
        self.store_attribute(obj, node.target.attr, result)

    def store_attribute(self, obj, name, value):
        """ys_setattr takes the value over, even when it fails; obj is released after the store."""
        stored = f"ys_setattr({obj.code}, {c_string(name)[0]}, {self.own(value)})"
        self.emit(f"if (!{stored}) {{ {self.raise_goto()} }}")
        self.release(obj)

    def instantiate(self, name, args):
        argv = ", ".join(a.code for a in args)
        array = f"(const ys_value[]){{{argv}}}" if args else "NULL"
        return self.call(f"{python_symbol(name, 'new')}({array})", args)

    def class_method_call(self, node, func):
        """obj.m(args) of a method of the file's classes: looked up before the arguments are evaluated."""
        receiver = self.expr(func.value)
        name = c_string(func.attr)[0]
        receiver = self.call(f"yc_method_receiver({receiver.code}, {name})", [receiver])
        args = [self.expr(a) for a in node.args]
        argv = ", ".join(a.code for a in args)
        array = f"(const ys_value[]){{{argv}}}" if args else "NULL"
        return self.call(f"ys_call_method({receiver.code}, {name}, {len(args)}, {array})", [receiver] + args)


def is_first_exception_argument(node):
    """`NAME.args[0]`: read straight from the exception, with no tuple made."""
    target, index = node.value, subscript_index(node)
    return (isinstance(target, ast.Attribute) and target.attr == "args" and isinstance(target.value, ast.Name)
            and isinstance(index, ast.Constant) and type(index.value) is int and index.value == 0)


def subscript_index(node):
    """The index expression of a subscript (3.8 wraps it in ast.Index)."""
    index = node.slice
    return index.value if type(index).__name__ == "Index" else index
