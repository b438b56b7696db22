/// Finds and frees garbage reference cycles, the one kind of garbage reference counting misses.
///
/// The method is CPython's: every tracked object starts with its reference count; each reference
/// from one tracked object to another is subtracted; what is left over comes from outside (Swift
/// locals, frames, untracked objects), so those objects are roots. Everything reachable from a
/// root survives; the rest can only be referenced by itself, so clearing its references frees it.
/// There is no generational split: a collection runs when the number of tracked objects doubles
/// since the last one, which keeps the total work linear in allocations.
public struct CycleCollector {
    public var isEnabled = true
    /// What `gc.get_threshold()` reports (CPython's defaults); the trigger itself is adaptive.
    public var thresholds = [700, 10, 10]
    /// Number of collections run, objects found unreachable (for `gc.get_stats`).
    public private(set) var collections = 0
    public private(set) var collected = 0
    private var isCollecting = false

    static let minimumThreshold = 10_000

    /// Runs a collection and returns how many unreachable objects it freed.
    public mutating func collect() -> Int {
        guard !isCollecting else { return 0 }
        isCollecting = true
        defer { isCollecting = false }
        let garbage = findGarbage()
        for object in garbage { object.clearReferences() }
        let found = garbage.count
        collections += 1
        collected += found
        // `garbage` goes out of scope here: its objects are freed by ordinary reference counting.
        return found
    }

    /// Sets the next automatic collection point from the number of surviving objects.
    public func scheduleNext() {
        nextCollectionAt = isEnabled ? max(CycleCollector.minimumThreshold, trackedCount * 2) : Int.max
    }

    private func findGarbage() -> [PyObject] {
        let count = trackedCount
        guard count > 0, let registry = trackedObjects else { return [] }
        // Outside references per object: its count minus the references from other tracked objects.
        let outside = UnsafeMutablePointer<Int>.allocate(capacity: count)
        defer { outside.deallocate() }
        for i in 0..<count { outside[i] = swiftRetainCount(registry[i]) }
        var subtracting = ReferenceVisitor(seenBuffers: []) { child in
            let j = Int(child.trackingIndex)
            if j >= 0 && j < count { outside[j] -= 1 }
        }
        for i in 0..<count { trackedObject(at: i).visitReferences(&subtracting) }
        // Mark everything reachable from the roots.
        let reachable = UnsafeMutablePointer<Bool>.allocate(capacity: count)
        defer { reachable.deallocate() }
        reachable.initialize(repeating: false, count: count)
        let pending = PendingIndices()
        for i in 0..<count where outside[i] > 0 {
            reachable[i] = true
            pending.items.append(i)
        }
        var marking = ReferenceVisitor(seenBuffers: nil) { child in
            let j = Int(child.trackingIndex)
            if j >= 0 && j < count && !reachable[j] {
                reachable[j] = true
                pending.items.append(j)
            }
        }
        while let i = pending.items.popLast() { trackedObject(at: i).visitReferences(&marking) }
        var garbage: [PyObject] = []
        for i in 0..<count where !reachable[i] { garbage.append(trackedObject(at: i)) }
        return garbage
    }
}

/// The marking work list, shared by reference with the visitor's closure.
private final class PendingIndices {
    var items: [Int] = []
}

extension Interpreter {
    /// Called at a safe point when the tracked-object count passed the collection threshold.
    func collectCyclesIfDue() {
        guard cycleCollector.isEnabled, trackedCount > nextCollectionAt else { return }
        _ = cycleCollector.collect()
        cycleCollector.scheduleNext()
    }
}
