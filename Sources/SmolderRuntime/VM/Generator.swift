/// A generator: a suspended frame resumed by `next`, `send`, `throw` and `close`.
public final class PyGenerator: PyObject {
    private(set) var frame: Frame
    public let name: String
    public let qualname: String
    var isRunning = false
    /// The exception being handled inside the generator when it last yielded.
    var savedHandledException: PyBaseException?

    /// For running `finally` blocks when an unfinished generator is freed.
    unowned(unsafe) let vm: Interpreter

    init(frame: Frame, name: String, qualname: String, vm: Interpreter) {
        self.vm = vm
        self.frame = frame
        self.name = name
        self.qualname = qualname
        super.init(kind: .generator)
    }

    /// A suspended generator freed inside a `try` gets GeneratorExit thrown in, as `close()` would,
    /// so its `finally` blocks and context managers run. Only the frame is used: `self` is going away.
    deinit {
        if frame.instructionIndex > 0, !frame.hasFinished, !frame.blocks.isEmpty, !isRunning {
            let exit = vm.makeException(vm.exceptions.GeneratorExit, [])
            let outerHandled = vm.handledException
            _ = try? vm.execute(frame, throwing: exit)
            vm.handledException = outerHandled
            frame.hasFinished = true
        }
        // Generator expressions make a generator per use: their frames go back to the code's pool.
        if !isRunning && isKnownUniquelyReferenced(&frame) {
            frame.resetForReuse()
            _ = frame.code.poolFrame(frame)
        }
    }

    var hasStarted: Bool { frame.instructionIndex > 0 }
    var isFinished: Bool { frame.hasFinished }

    /// Resumes with `value` sent in (or `exception` thrown in). Returns the next yielded value, or nil
    /// when the generator returned; the return value is then in `returnValue`.
    func resume(_ vm: Interpreter, sending value: Value, throwing exception: PyBaseException? = nil) throws(PyError) -> Value? {
        if isRunning { throw vm.error(vm.exceptions.ValueError, "generator already executing") }
        if frame.hasFinished {
            if let exception { throw PyError(exception) }
            return nil
        }
        if hasStarted && exception == nil {
            (frame.stack + frame.stackDepth).initialize(to: value)
            frame.stackDepth += 1
        } else if !hasStarted && exception == nil && !value.isNone {
            throw vm.typeError("can't send non-None value to a just-started generator")
        }
        isRunning = true
        // The exception being handled is the generator's own while it runs. Usually there is none
        // on either side, and the swap (references counted each way) is skipped.
        let swapsHandled = vm.handledException != nil || savedHandledException != nil
        let outerHandled = swapsHandled ? vm.handledException : nil
        if swapsHandled { vm.handledException = savedHandledException }
        defer {
            isRunning = false
            if swapsHandled || vm.handledException != nil {
                savedHandledException = vm.handledException
                vm.handledException = outerHandled
            }
        }
        let result: Value
        do throws(PyError) {
            result = try vm.execute(frame, throwing: exception)
        } catch {
            frame.hasFinished = true
            if vm.matches(error, vm.exceptions.StopIteration) {
                let e = vm.runtimeError("generator raised StopIteration")
                e.exception.cause = error.exception
                e.exception.context = error.exception
                throw e
            }
            throw error
        }
        if frame.isSuspended { return result }
        returnValue = result
        return nil
    }

    var returnValue: Value = .none

    /// Runs the generator to its end, putting each yielded value into `target` (as a loop of `next()`
    /// calls would), but inside one run of the interpreter loop instead of one per value. A failure
    /// to take a value (an unhashable set element) leaves the generator suspended at that yield, as
    /// after `next()`, and is thrown.
    func drain(_ vm: Interpreter, into target: DrainTarget) throws(PyError) {
        frame.drainTarget = target
        defer { frame.drainTarget = nil }
        // Values still come back from a suspension after `yield from` (its delegate yields them).
        while let value = try resume(vm, sending: .none) {
            if let failure = target.failure { throw failure }
            try target.take(value, vm)
        }
    }

    func next(_ vm: Interpreter) throws(PyError) -> Value? {
        try resume(vm, sending: .none)
    }

    /// `gen.send(value)`: raises StopIteration(return value) when the generator finishes.
    func send(_ vm: Interpreter, _ value: Value) throws(PyError) -> Value {
        if let v = try resume(vm, sending: value) { return v }
        throw vm.stopIteration(returnValue)
    }

    func throwInto(_ vm: Interpreter, _ exception: PyBaseException) throws(PyError) -> Value {
        if let v = try resume(vm, sending: .none, throwing: exception) { return v }
        throw vm.stopIteration(returnValue)
    }

    func close(_ vm: Interpreter) throws(PyError) {
        guard hasStarted && !frame.hasFinished else {
            frame.hasFinished = true
            return
        }
        let exit = vm.makeException(vm.exceptions.GeneratorExit, [])
        do throws(PyError) {
            if try resume(vm, sending: .none, throwing: exit) != nil {
                throw vm.runtimeError("generator ignored GeneratorExit")
            }
        } catch {
            if vm.matches(error, vm.exceptions.GeneratorExit) || vm.matches(error, vm.exceptions.StopIteration) {
                return
            }
            throw error
        }
    }
}

/// Where a draining consumer wants a generator's values: appended to `items` (`tuple()`, `list()`)
/// or added to `set` (`set()`). The interpreter loop puts them here at each `yield`.
final class DrainTarget {
    var items: ContiguousArray<Value> = []
    let set: PySet?
    /// Why the last value could not be taken; the generator then suspended at its yield.
    var failure: PyError?

    init(set: PySet?) {
        self.set = set
    }

    @inline(__always)
    func take(_ value: Value, _ vm: Interpreter) throws(PyError) {
        if let set { try set.add(value, vm: vm) } else { items.append(value) }
    }
}
