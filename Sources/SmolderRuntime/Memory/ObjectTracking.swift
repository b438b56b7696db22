/// The registry of objects that can take part in reference cycles.
///
/// Swift's reference counting frees acyclic garbage at once; only cycles need the collector, and a
/// cycle can only run through objects that hold references to other objects. Those register here
/// when created and leave when freed (swap-remove, so both are O(1)), which lets the collector
/// enumerate every candidate without owning any of them.
///
/// Plain globals with constant initial values: the compiler initialises them statically, so the
/// hot registration path pays no lazy-initialisation check.
nonisolated(unsafe) var trackedObjects: UnsafeMutablePointer<UnsafeMutableRawPointer>? = nil
nonisolated(unsafe) var trackedCount = 0
nonisolated(unsafe) var trackedCapacity = 0
/// When `trackedCount` passes this, a collection is requested at the next safe point.
nonisolated(unsafe) var nextCollectionAt = 10_000

/// Bits of `pendingInterrupt` (polled by the eval loop on backward jumps and calls).
let interruptKeyboard: Int32 = 1
let interruptCollect: Int32 = 2

extension ObjectKind {
    /// Kinds whose instances hold references that can close a cycle.
    @inline(__always)
    var canFormCycles: Bool {
        switch self {
        case .instance, .list, .dict, .tuple, .set, .function, .cell, .boundMethod, .type, .module,
             .exception, .property, .staticMethod, .classMethod:
            return true
        default:
            return false
        }
    }
}

extension PyObject {
    @inline(__always)
    final func track() {
        if trackedCount == trackedCapacity { growTrackedObjects() }
        trackingIndex = Int32(truncatingIfNeeded: trackedCount)
        trackedObjects.unsafelyUnwrapped[trackedCount] = Unmanaged.passUnretained(self).toOpaque()
        trackedCount += 1
        if trackedCount > nextCollectionAt { pendingInterrupt |= interruptCollect }
    }

    @inline(__always)
    final func untrack() {
        let index = Int(trackingIndex)
        let base = trackedObjects.unsafelyUnwrapped
        trackedCount -= 1
        if index != trackedCount {
            let moved = base[trackedCount]
            base[index] = moved
            Unmanaged<PyObject>.fromOpaque(moved).takeUnretainedValue().trackingIndex = Int32(truncatingIfNeeded: index)
        }
        trackingIndex = -1
    }
}

private func growTrackedObjects() {
    let capacity = max(1024, trackedCapacity * 2)
    let grown = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: capacity)
    if let old = trackedObjects {
        grown.moveInitialize(from: old, count: trackedCount)
        old.deallocate()
    }
    trackedObjects = grown
    trackedCapacity = capacity
}

/// The tracked object at `index` (unretained: the caller must not keep it past a collection step
/// that can free it).
@inline(__always)
func trackedObject(at index: Int) -> PyObject {
    Unmanaged<PyObject>.fromOpaque(trackedObjects.unsafelyUnwrapped[index]).takeUnretainedValue()
}

@_silgen_name("swift_retainCount")
func swiftRetainCount(_ object: UnsafeMutableRawPointer) -> Int
