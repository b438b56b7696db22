/// Installs every builtin type's methods and the builtin functions, in dependency order.
extension Interpreter {
    func installBuiltinTypes() {
        installObjectType()
        let objectNamespace = types.object.namespace
        objectGetattribute = objectNamespace.lookupString(names.dGetattribute) ?? .none
        objectSetattr = objectNamespace.lookupString(names.dSetattr) ?? .none
        objectDelattr = objectNamespace.lookupString(names.dDelattr) ?? .none
        objectNew = objectNamespace.lookupString(names.dNew) ?? .none
        objectInit = objectNamespace.lookupString(names.dInit) ?? .none
        objectEq = objectNamespace.lookupString(names.dEq) ?? .none
        objectNe = objectNamespace.lookupString(names.dNe) ?? .none
        installTypeType()
        installFunctionTypes()
        installExceptionTypes()
        installNumberTypes()
        installStrType()
        installContainerTypes()
        let superType = PyType(name: "super", bases: [types.object], metaclass: nil, isHeapType: false, instanceKind: .other)
        superType.mro = [superType, types.object]
        self.superType = superType
        installSuperType(superType)
        installMappingProxyType()
        installUnionType()
        installGenericAliasType()
        for t in exceptions.all { t.invalidateCaches() }
    }

    func installBuiltinFunctions() {
        installCoreBuiltins()
        installQuitterBuiltins()
        installFunctionBuiltins()
        registerNativeModules()
        installBuiltinFastPaths()
    }

    /// Native modules, created when first imported.
    func registerNativeModules() {
        nativeModules["math"] = { vm in vm.makeMathModule() }
        nativeModules["time"] = { vm in vm.makeTimeModule() }
        nativeModules["gc"] = { vm in vm.makeGCModule() }
        nativeModules["_weakref"] = { vm in vm.makeWeakrefModule() }
        nativeModules["_random"] = { vm in vm.makeRandomModule() }
        nativeModules["_lazy_imports"] = { vm in vm.makeLazyImportsModule() }
        nativeModules["posix"] = { vm in vm.makePosixModule() }
        nativeModules["signal"] = { vm in vm.makeSignalModule() }
    }
}
