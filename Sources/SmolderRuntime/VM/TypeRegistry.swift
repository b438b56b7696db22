/// The builtin types, created once per interpreter. Hot paths read them through the interpreter's
/// stored `types` reference, never through a Swift global (globals cost a `swift_once` per access).
public final class TypeRegistry {
    public let object: PyType
    public let type: PyType
    public let int: PyType
    public let bool: PyType
    public let float: PyType
    public let complex: PyType
    public let str: PyType
    public let bytes: PyType
    public let bytearray: PyType
    public let list: PyType
    public let tuple: PyType
    public let dict: PyType
    public let set: PyType
    public let frozenset: PyType
    public let range: PyType
    public let slice: PyType
    public let noneType: PyType
    public let notImplementedType: PyType
    public let ellipsisType: PyType
    public let function: PyType
    public let builtinFunction: PyType
    public let method: PyType
    public let module: PyType
    public let code: PyType
    public let cell: PyType
    public let generator: PyType
    public let property: PyType
    public let staticMethod: PyType
    public let classMethod: PyType
    public let traceback: PyType
    public let frame: PyType
    public let iterator: PyType
    public let listIterator: PyType
    public let tupleIterator: PyType
    public let rangeIterator: PyType
    public let strAsciiIterator: PyType
    public let strIterator: PyType
    public let sequenceIterator: PyType
    public let callableIterator: PyType
    public let methodDescriptor: PyType
    public let slotMember: PyType
    public let baseException: PyType

    /// Builtin type of each object kind, for objects whose `cls` is nil.
    var byKind: ContiguousArray<PyType>

    init() {
        func make(_ name: String, _ base: PyType?, _ kind: ObjectKind, baseType: Bool = true) -> PyType {
            let t = PyType(name: name, bases: base.map { [$0] } ?? [], metaclass: nil, isHeapType: false,
                           instanceKind: kind)
            t.mro = [t] + (base?.mro ?? [])
            t.isBaseType = baseType
            return t
        }
        object = make("object", nil, .other)
        type = make("type", object, .type)
        int = make("int", object, .bigInt)
        bool = make("bool", int, .bigInt, baseType: false)
        float = make("float", object, .floatSubclass)
        complex = make("complex", object, .complex)
        str = make("str", object, .str)
        bytes = make("bytes", object, .bytes)
        bytearray = make("bytearray", object, .bytearray)
        list = make("list", object, .list)
        tuple = make("tuple", object, .tuple)
        dict = make("dict", object, .dict)
        set = make("set", object, .set)
        frozenset = make("frozenset", object, .set)
        range = make("range", object, .range, baseType: false)
        slice = make("slice", object, .slice, baseType: false)
        noneType = make("NoneType", object, .other, baseType: false)
        notImplementedType = make("NotImplementedType", object, .other, baseType: false)
        ellipsisType = make("ellipsis", object, .other, baseType: false)
        function = make("function", object, .function, baseType: false)
        builtinFunction = make("builtin_function_or_method", object, .builtinFunction, baseType: false)
        methodDescriptor = make("method_descriptor", builtinFunction, .builtinFunction, baseType: false)
        method = make("method", object, .boundMethod, baseType: false)
        module = make("module", object, .module)
        code = make("code", object, .code, baseType: false)
        cell = make("cell", object, .cell, baseType: false)
        generator = make("generator", object, .generator, baseType: false)
        property = make("property", object, .property)
        staticMethod = make("staticmethod", object, .staticMethod)
        classMethod = make("classmethod", object, .classMethod)
        traceback = make("traceback", object, .traceback, baseType: false)
        frame = make("frame", object, .frame, baseType: false)
        iterator = make("iterator", object, .iterator, baseType: false)
        listIterator = make("list_iterator", iterator, .iterator, baseType: false)
        tupleIterator = make("tuple_iterator", iterator, .iterator, baseType: false)
        rangeIterator = make("range_iterator", iterator, .iterator, baseType: false)
        strAsciiIterator = make("str_ascii_iterator", iterator, .iterator, baseType: false)
        strIterator = make("str_iterator", iterator, .iterator, baseType: false)
        sequenceIterator = make("iterator", iterator, .iterator, baseType: false)
        callableIterator = make("callable_iterator", iterator, .iterator, baseType: false)
        slotMember = make("member_descriptor", object, .other, baseType: false)
        baseException = make("BaseException", object, .exception)

        byKind = ContiguousArray(repeating: object, count: Int(ObjectKind.other.rawValue) + 1)
        let table: [(ObjectKind, PyType)] = [
            (.type, type), (.str, str), (.bytes, bytes), (.bytearray, bytearray), (.list, list),
            (.tuple, tuple), (.dict, dict), (.set, set), (.bigInt, int), (.complex, complex),
            (.function, function), (.builtinFunction, builtinFunction), (.boundMethod, method),
            (.module, module), (.code, code), (.cell, cell), (.generator, generator), (.range, range),
            (.slice, slice), (.exception, baseException), (.property, property), (.staticMethod, staticMethod),
            (.classMethod, classMethod), (.iterator, iterator), (.frame, frame), (.traceback, traceback),
            (.intSubclass, int), (.floatSubclass, float), (.instance, object), (.other, object),
        ]
        for (kind, t) in table { byKind[Int(kind.rawValue)] = t }
    }

    /// Every builtin type that is exposed by name in `builtins`.
    var exposed: [PyType] {
        [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
         range, slice, property, staticMethod, classMethod]
    }
}
