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
    /// What compiled-code caches written by this build record (Import/CodeCache.swift).
    lazy var compilerTag: UInt64 = CompilerTag.compute()

    /// Attribute names the import path uses on every import, interned once.
    let names = ImportNames()

    public init() {}

    func invalidate() {
        listings.removeAll(keepingCapacity: true)
    }
}

/// Interned attribute names of specs, loaders and modules (interning a Swift string hashes it:
/// too slow to repeat per import).
final class ImportNames {
    let name = StringInterner.shared.intern("name")
    let loader = StringInterner.shared.intern("loader")
    let origin = StringInterner.shared.intern("origin")
    let path = StringInterner.shared.intern("path")
    let parent = StringInterner.shared.intern("parent")
    let loaderState = StringInterner.shared.intern("loader_state")
    let submoduleSearchLocations = StringInterner.shared.intern("submodule_search_locations")
    let uninitializedSubmodules = StringInterner.shared.intern("_uninitialized_submodules")
    let setFileattr = StringInterner.shared.intern("_set_fileattr")
    let cachedField = StringInterner.shared.intern("_cached")
    let initializing = StringInterner.shared.intern("_initializing")
    let hasLocation = StringInterner.shared.intern("has_location")
    let dCached = StringInterner.shared.intern("__cached__")
}
