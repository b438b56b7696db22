/// The instruction set. A stack machine close to CPython 3.10's, with 3.11's single `binaryOp`.
/// Jump arguments are absolute instruction indices. Stack effects are written `before -> after`,
/// top of stack rightmost.
public enum Opcode: UInt8, Sendable {
    case nop
    // Stack manipulation
    case popTop             // v ->
    case rotTwo             // a b -> b a
    case rotThree           // a b c -> c a b
    case rotFour            // a b c d -> d a b c
    case dupTop             // v -> v v
    case dupTopTwo          // a b -> a b a b

    // Names. arg indexes constants, names, varnames or cell/free variables (cells first, then frees).
    case loadConst
    case loadFast, storeFast, deleteFast
    case loadDeref, storeDeref, deleteDeref
    case loadClosure        // -> cell
    case loadClassDeref     // class body reading a free variable: locals first, then the cell
    case loadGlobal, storeGlobal, deleteGlobal
    case loadName, storeName, deleteName
    case loadAttr, storeAttr, deleteAttr   // storeAttr: value obj ->
    /// obj -> method self, or attr <marker>, for `callMethod`.
    case loadMethod
    case loadBuildClass
    case loadAssertionError

    // Operators
    case binaryOp           // a b -> result; arg is BinaryOpArg.rawValue (in-place forms included)
    case unaryNegative, unaryPositive, unaryInvert, unaryNot
    case compareOp          // arg is CompareOpArg.rawValue
    case isOp               // arg 1 means `is not`
    case containsOp         // arg 1 means `not in`
    case binarySubscr       // container key -> value
    case storeSubscr        // value container key ->
    case deleteSubscr       // container key ->

    // Control flow
    case jump
    case popJumpIfFalse, popJumpIfTrue
    case jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter
    /// iterator -> iterator next; on exhaustion pops the iterator and jumps to arg.
    case forIter
    case returnValue

    // Building
    case buildTuple, buildList, buildSet
    case buildMap           // k1 v1 ... kn vn -> dict (arg n)
    case buildConstKeyMap   // v1 ... vn keys-tuple -> dict
    case buildString        // n strings -> joined
    case buildSlice         // arg 2 or 3
    case listAppend         // arg is the distance of the list below TOS: list ... v -> list ...
    case setAdd
    case mapAdd             // dict ... k v -> dict ...
    case listExtend         // list ... iterable -> list ...
    case setUpdate
    case dictUpdate
    case dictMerge          // like dictUpdate but raises on duplicate keys (for ** in calls)
    case listToTuple
    case unpackSequence     // seq -> v_n ... v_1 (arg n; v_1 ends on top)
    case unpackEx           // arg = before | (after << 8)
    /// value [spec] -> str. arg bits 0-1: conversion (0 none, 1 str, 2 repr, 3 ascii); bit 2: has spec.
    case formatValue

    // Calls
    case callFunction       // f a1 ... an -> result (arg n)
    /// f a1 ... an names-tuple -> result; arg n counts positional + keyword values.
    case callFunctionKw
    /// f args-tuple [kwargs-dict] -> result; arg 1 means kwargs present.
    case callFunctionEx
    /// method self a1 ... an -> result, or attr marker a1 ... an -> result (arg n)
    case callMethod
    /// like callMethod with a names tuple on top, as callFunctionKw.
    case callMethodKw
    /// [defaults-tuple] [kwdefaults-dict] [annotations-dict] [closure-tuple] code qualname -> function
    /// arg bits: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure.
    case makeFunction

    // Generators
    case yieldValue         // v -> sent
    /// iterable -> iterator (generators pass through).
    case getYieldFromIter
    /// iterator sent -> iterator (yields until exhausted); then -> result and jump past (see VM).
    case yieldFrom
    case genStart           // first instruction of a generator body: checks the initial send is None

    // Exceptions. Blocks are pushed on the frame's block stack.
    /// Pushes a handler block: on an exception, the stack is cut to its depth at setup, the exception
    /// is pushed, and control goes to arg.
    case setupFinally
    case popBlock
    /// Leaves an except handler: pops its block and restores the previously handled exception.
    case popExcept
    /// exc -> (re-raises exc, keeping its traceback)
    case reraise
    /// arg 0: bare `raise`; 1: exc; 2: exc cause.
    case raiseVarargs
    /// exc type -> exc; jumps to arg when exc does not match type.
    case jumpIfNotExcMatch
    /// ctx -> exit enter-result; pushes a handler block to arg.
    case setupWith
    /// exit exc -> exit exc result-of-exit(type, exc, tb)
    case withExceptStart
    /// exc group, type -> rest-or-None match-or-None, for `except*`
    case checkEgMatch
    /// Combines the exceptions raised and re-raised in `except*` clauses: orig list -> exc-or-None
    case prepReraiseStar

    // Imports
    case importName         // level fromlist -> module (arg: name)
    /// A top-level import that lazy mode may defer (decided at run time by the global switch,
    /// `excluding`/`eager`, `__lazy_modules__`); pushes the module or a deferred marker.
    case importNameEligible
    /// `lazy import`, or any top-level import under `from __future__ import lazy_imports`.
    case importNameLazy
    case importFrom         // module -> module value (arg: name)
    case importStar         // module ->
    case setupAnnotations
    case printExpr          // interactive echo of an expression statement

    // Pattern matching
    case getLen             // obj -> obj len
    case matchMapping       // subject -> subject bool
    case matchSequence      // subject -> subject bool
    case matchKeys          // subject keys -> subject keys values-tuple-or-None
    case matchClass         // subject cls names-tuple -> attrs-tuple-or-None (arg: positional count)
    case copyDictWithoutKeys // subject keys -> subject keys rest-dict

    // Superinstructions: never emitted by the compiler. The interpreter rewrites a `loadFast` into
    // one of these when the next instruction is the one named (which stays in place, so jumps to it
    // still work) and may then run both in one step.
    case loadFastLoadAttr   // -> value (arg: local; the next instruction is `loadAttr`)
    case loadFastLoadMethod // -> value (arg: local; the next instruction is `loadMethod`)
    case loadFastStoreAttr  // -> value (arg: local; the next instruction is `storeAttr`)
    case loadFastLoadFast   // -> value (arg: local; the next instruction is `loadFast`)
    case storeFastLoadFast  // value -> (arg: local; the next instruction is `loadFast`)
    case loadGlobalLoadAttr // -> value (arg: name; the next instruction is `loadAttr`)
    case loadFastBinaryOp   // -> value (arg: local; the next instruction is `binaryOp`)
    case loadConstBinaryOp  // -> value (arg: constant; the next instruction is `binaryOp`)
    case loadFastCompareOp  // -> value (arg: local; the next instruction is `compareOp`)
    case loadConstCompareOp // -> value (arg: constant; the next instruction is `compareOp`)
    case loadFastReturn     // -> value (arg: local; the next instruction is `returnValue`)
    case loadConstReturn    // -> value (arg: constant; the next instruction is `returnValue`)
}

/// The operator of a `binaryOp` instruction.
public enum BinaryOpArg: UInt32, Sendable {
    case add, subtract, multiply, matrixMultiply, trueDivide, floorDivide, modulo, power
    case leftShift, rightShift, and, or, xor
    case inplaceAdd, inplaceSubtract, inplaceMultiply, inplaceMatrixMultiply, inplaceTrueDivide
    case inplaceFloorDivide, inplaceModulo, inplacePower, inplaceLeftShift, inplaceRightShift
    case inplaceAnd, inplaceOr, inplaceXor

    public static let inplaceOffset: UInt32 = 13

    public var isInplace: Bool { rawValue >= Self.inplaceOffset }
    /// The plain operator of an in-place one (itself for plain operators).
    public var base: BinaryOpArg { isInplace ? BinaryOpArg(rawValue: rawValue - Self.inplaceOffset)! : self }
}

/// The operator of a `compareOp` instruction.
public enum CompareOpArg: UInt32, Sendable {
    case less, lessEqual, equal, notEqual, greater, greaterEqual
}
