/// Weak references (`weakref.ref`): a Swift `weak` pointer to the target, plus a per-target list
/// so that when a target dies its references' callbacks can be queued.
///
/// Callbacks never run inside a Swift `deinit` (the release that freed the target may be in the
/// middle of changing a container); they are queued and run at the interpreter's next safe point.
public final class PyWeakRef: PyObject {
    public private(set) weak var target: PyObject?
    let callback: Value
    let targetID: ObjectIdentifier
    /// The target's hash, kept so a dead reference stays usable as a dict key.
    var cachedHash: Int?

    init(target: PyObject, callback: Value, cls: PyType) {
        self.target = target
        self.callback = callback
        targetID = ObjectIdentifier(target)
        super.init(kind: .other, cls: cls)
        weakReferences[targetID, default: []].append(Unmanaged.passUnretained(self))
        target.hasWeakReferences = true
    }

    deinit {
        guard var list = weakReferences[targetID] else { return }
        let me = Unmanaged.passUnretained(self).toOpaque()
        list.removeAll { $0.toOpaque() == me }
        weakReferences[targetID] = list.isEmpty ? nil : list
    }
}

/// Live weak references by target; entries leave when the target or the reference dies.
nonisolated(unsafe) var weakReferences: [ObjectIdentifier: [Unmanaged<PyWeakRef>]] = [:]
/// Callbacks of references whose targets died, to run at the next safe point (newest first).
nonisolated(unsafe) var pendingWeakCallbacks: [(reference: PyWeakRef, callback: Value)] = []
let interruptWeakCallbacks: Int32 = 4

/// Called from the dying target's deinit.
func weakTargetDied(_ id: ObjectIdentifier) {
    guard let list = weakReferences.removeValue(forKey: id) else { return }
    var queued = false
    for r in list.reversed() {
        let reference = r.takeUnretainedValue()
        if !reference.callback.isNone {
            pendingWeakCallbacks.append((reference, reference.callback))
            queued = true
        }
    }
    if queued { pendingInterrupt |= interruptWeakCallbacks }
}

extension Interpreter {
    /// Runs queued weak-reference callbacks; an exception in one is reported and ignored, as CPython does.
    func runWeakCallbacks() {
        while !pendingWeakCallbacks.isEmpty {
            let batch = pendingWeakCallbacks
            pendingWeakCallbacks = []
            for (reference, callback) in batch {
                do throws(PyError) {
                    _ = try call(callback, [.object(reference)])
                } catch {
                    reportIgnoredException(error.exception, in: callback)
                }
            }
        }
    }

    /// "Exception ignored in: <obj>" plus the traceback, on stderr (CPython's unraisable hook).
    func reportIgnoredException(_ e: PyBaseException, in object: Value) {
        let where_ = (try? repr(object)) ?? "<object>"
        writeError("Exception ignored in: \(where_)\n")
        printException(e)
    }

    /// Whether CPython allows weak references to this object.
    func canReferenceWeakly(_ o: PyObject) -> Bool {
        if let c = o.cls, c.isHeapType { return true }
        switch o.kind {
        case .instance, .type, .function, .set, .generator, .boundMethod, .module, .code, .builtinFunction:
            return true
        default:
            return false
        }
    }
}
