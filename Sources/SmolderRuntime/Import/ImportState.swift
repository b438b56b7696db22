/// Per-interpreter import-system state: the finder's directory cache and the bootstrap classes.
public final class ImportState {
    /// Directory listings by absolute path, valid until `invalidate_caches()` or a `sys.path` change.
    var listings: [String: DirectoryListing] = [:]
    /// The `sys.path` seen by the last search (list identity and item identities), to notice changes.
    var pathSnapshot: [ObjectIdentifier] = []
    var pathListIdentity: ObjectIdentifier?
    /// `_frozen_importlib` (ModuleSpec and loaders), compiled on first need.
    var bootstrap: PyModule?
    var moduleSpecClass: Value = .none
    var sourceLoaderClass: Value = .none
    var namespaceLoaderClass: Value = .none
    var builtinImporterClass: Value = .none
    var namespacePathClass: Value = .none
    /// The native `_imp` helper module.
    var impModule: PyModule?

    public init() {}

    func invalidate() {
        listings.removeAll(keepingCapacity: true)
    }
}
