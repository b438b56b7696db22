import XCTest
@testable import SmolderRuntime

/// The interpreter loop reads `Value` slots as bytes (`ValueSlot`); these pin the layout it assumes
/// and the reference counts its copies, moves and destructions leave.
final class ValueLayoutTests: XCTestCase {
    func testLayoutMatchesWhatValueSlotReads() {
        XCTAssertTrue(ValueLayout.isAsExpected)
    }

    func testReferenceCountWordMatchesWhatInlineRefCountAssumes() {
        XCTAssertTrue(InlineRefCount.isAsExpected)
    }

    func testInlineRetainsAndReleasesFallBackToTheRuntime() {
        // The last release frees the object through the runtime (a weak reference sees it go).
        var object: PyObject? = PyPlainObject(cls: nil)
        weak var watcher = object
        let unmanaged = Unmanaged.passUnretained(object!)
        InlineRefCount.retain(unmanaged)
        object = nil
        XCTAssertNotNil(watcher)
        // With a weak reference the count lives in a side table: both operations take the runtime's path.
        XCTAssertEqual(swiftRetainCount(unmanaged.toOpaque()), 1)
        InlineRefCount.retain(unmanaged)
        XCTAssertEqual(swiftRetainCount(unmanaged.toOpaque()), 2)
        InlineRefCount.release(unmanaged)
        InlineRefCount.release(unmanaged)
        XCTAssertNil(watcher)
    }

    func testSlotOperationsBalanceReferenceCounts() {
        let object = PyPlainObject(cls: nil)
        let address = Unmanaged.passUnretained(object).toOpaque()
        let base = swiftRetainCount(address)
        let slots = UnsafeMutablePointer<Value>.allocate(capacity: 3)
        defer { slots.deallocate() }

        slots.initialize(to: .object(object))
        XCTAssertEqual(swiftRetainCount(address), base + 1)
        ValueSlot.copy(from: slots, to: slots + 1)
        XCTAssertEqual(ValueSlot.tag(slots + 1), ValueSlot.objectTag)
        XCTAssertEqual(swiftRetainCount(address), base + 2)

        // A move hands the source's reference over and releases what the destination held.
        (slots + 2).initialize(to: .float(1.5))
        ValueSlot.move(from: slots + 2, replacing: slots + 1)
        XCTAssertEqual(ValueSlot.double(slots + 1), 1.5)
        XCTAssertEqual(swiftRetainCount(address), base + 1)

        ValueSlot.destroy(slots)
        XCTAssertEqual(swiftRetainCount(address), base)
        ValueSlot.overwrite(slots + 1, int: -3)
        XCTAssertEqual(ValueSlot.tag(slots + 1), ValueSlot.intTag)
        XCTAssertEqual(ValueSlot.int(slots + 1), -3)
    }
}
