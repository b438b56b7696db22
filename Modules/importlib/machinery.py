"""The import system's classes: specs and loaders."""
import _imp
import sys

_bootstrap = _imp.bootstrap()
ModuleSpec = _bootstrap.ModuleSpec
BuiltinImporter = _bootstrap.BuiltinImporter
SourceFileLoader = _bootstrap.SourceFileLoader
NamespaceLoader = _bootstrap.NamespaceLoader
SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class PathFinder:
    """Finds modules on sys.path (or a package's __path__)."""

    @staticmethod
    def invalidate_caches():
        _imp.invalidate_caches()

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        spec = _imp.find_spec(fullname, sys.path if path is None else path)
        return spec
