/// `super()`: attribute lookup that starts after a given class in an object's MRO.
public final class PySuper: PyObject {
    let thisType: PyType
    let object: Value
    /// The type whose MRO is searched: the object's type, or the object itself for class methods.
    let objectType: PyType

    init(thisType: PyType, object: Value, objectType: PyType, cls: PyType) {
        self.thisType = thisType
        self.object = object
        self.objectType = objectType
        super.init(kind: .other, cls: cls)
    }
}

extension Interpreter {
    func installSuperType(_ superType: PyType) {
        superType.defineStatic("__new__") { (vm, args, _) throws(PyError) -> Value in
            let rest = Array(args.dropFirst())
            let thisType: PyType
            let object: Value
            if rest.isEmpty {
                // Zero-argument form: the enclosing method's class cell and first argument.
                guard let frame = vm.currentFrame, let function = frame.function else {
                    throw vm.runtimeError("super(): no arguments")
                }
                let code = function.code
                guard code.code.argCount > 0 || code.flags.contains(.varargs) else {
                    throw vm.runtimeError("super(): no arguments")
                }
                var first: Value? = frame.fastLocals[0]
                if let cellIndex = code.code.cellParameterIndices.firstIndex(of: 0), cellIndex < frame.cells.count {
                    first = frame.cells[cellIndex].value
                }
                guard let firstArg = first else { throw vm.runtimeError("super(): arg[0] deleted") }
                guard let classIndex = code.cellAndFreeNames.firstIndex(where: { $0.value == "__class__" }),
                      classIndex < frame.cells.count else {
                    throw vm.runtimeError("super(): __class__ cell not found")
                }
                guard case .object(let co)? = frame.cells[classIndex].value, let cls = co as? PyType else {
                    throw vm.runtimeError("super(): empty __class__ cell")
                }
                thisType = cls
                object = firstArg
            } else {
                guard case .object(let co) = rest[0], let cls = co as? PyType else {
                    throw vm.typeError("super() argument 1 must be a type, not \(vm.typeName(rest[0]))")
                }
                thisType = cls
                object = rest.count > 1 ? rest[1] : .none
                if rest.count == 1 {
                    return .object(PySuper(thisType: cls, object: .none, objectType: cls, cls: superType))
                }
            }
            let objectType: PyType
            if case .object(let oo) = object, let t = oo as? PyType, t.isSubtype(of: thisType) {
                objectType = t
            } else if vm.typeOf(object).isSubtype(of: thisType) {
                objectType = vm.typeOf(object)
            } else {
                throw vm.typeError("super(type, obj): obj must be an instance or subtype of type")
            }
            return .object(PySuper(thisType: thisType, object: object, objectType: objectType, cls: superType))
        }
        superType.define("__init__") { (_, _, _) throws(PyError) -> Value in .none }
        if case .object(let w)? = superType.namespace.lookupString(names.dNew), let wrapper = w as? PyMethodWrapper,
           case .object(let f) = wrapper.callable {
            superNew = f as? PyBuiltinFunction
        }
        superType.define("__repr__") { (vm, args, _) throws(PyError) -> Value in
            guard let s = args.first?.asObject as? PySuper else { return Value("<super>") }
            return Value("<super: <class '\(s.thisType.name)'>, <\(s.objectType.name) object>>")
        }
        builtins.setString(intern("super"), .object(superType))
    }

    /// Attribute lookup through a super object.
    func superGetAttribute(_ s: PySuper, _ name: PyStr) throws(PyError) -> Value? {
        let mro = s.objectType.mro
        if name.value != "__class__", let start = mro.firstIndex(where: { $0 === s.thisType }) {
            for t in mro[(start + 1)...] {
                guard let v = t.namespace.lookupString(name) else { continue }
                if s.object.isNone { return v }
                let isClassLookup: Bool
                if case .object(let o) = s.object, o is PyType { isClassLookup = s.objectType === (o as? PyType) } else { isClassLookup = false }
                if isClassLookup {
                    // super() in a class method: functions stay unbound, classmethods bind the class.
                    if case .object(let d) = v, d.kind == .classMethod {
                        return .object(PyBoundMethod(function: unsafeDowncast(d, to: PyMethodWrapper.self).callable, selfValue: s.object))
                    }
                    if case .object(let d) = v, d.kind == .staticMethod { return unsafeDowncast(d, to: PyMethodWrapper.self).callable }
                    if case .object(let d) = v, d.kind == .builtinFunction, t === types.type || t === types.object {
                        return .object(unsafeDowncast(d, to: PyBuiltinFunction.self).bound(to: s.object))
                    }
                    return v
                }
                return try bindDescriptor(v, instance: s.object, owner: s.objectType)
            }
        }
        return try genericGetAttribute(.object(s), name, type: typeOf(.object(s)))
    }
}
