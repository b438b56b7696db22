/// Ctrl-C: a signal handler sets a flag that the loop polls on backward jumps.
nonisolated(unsafe) var pendingInterrupt: Int32 = 0

extension Interpreter {
    @inline(__always)
    var checkInterruptFlag: Bool { pendingInterrupt != 0 }

    /// Spends one unit of the instruction budget (on backward jumps and calls).
    @inline(__always)
    func spendBudget() throws(PyError) {
        instructionBudget &-= 1
        if instructionBudget < 0 {
            instructionBudget = 0
            throw PyError(makeException(exceptions.RuntimeError, [Value("instruction budget exhausted")]))
        }
    }

    /// Handles what the poll found: a due cycle collection, weakref callbacks, or signals (Ctrl-C
    /// without a Python handler raises KeyboardInterrupt).
    func raiseIfInterrupted() throws(PyError) {
        let pending = pendingInterrupt
        guard pending != 0 else { return }
        pendingInterrupt = 0
        if pending & interruptCollect != 0 { collectCyclesIfDue() }
        if pending & interruptWeakCallbacks != 0 || !pendingWeakCallbacks.isEmpty { runWeakCallbacks() }
        if pending & interruptKeyboard != 0 { try dispatchPendingSignals() }
    }
}
