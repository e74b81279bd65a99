import Foundation

/// Integer arrays packed little-endian into BLOB columns.
///
/// The analysed passages are read whole when a knowledge base opens; packed
/// integers load with one copy per column instead of parsing text (a 100k
/// passage index holds millions of term ids).
enum PackedIntegers {
    static func pack<T: FixedWidthInteger>(_ values: [T]) -> Data {
        let little = values.map(\.littleEndian)
        return little.withUnsafeBytes { Data($0) }
    }

    /// Appends the integers of `data` to `array`; trailing bytes that do not
    /// make a whole integer are ignored.
    static func append<T: FixedWidthInteger>(_ data: Data?, to array: inout [T]) {
        guard let data, !data.isEmpty else { return }
        let size = MemoryLayout<T>.size
        data.withUnsafeBytes { raw in
            let count = raw.count / size
            // No reserveCapacity here: reserving the exact size on every call
            // reallocates the whole array each time (quadratic when appending rows).
            for index in 0..<count {
                array.append(T(littleEndian: raw.loadUnaligned(fromByteOffset: index * size, as: T.self)))
            }
        }
    }

    static func unpack<T: FixedWidthInteger>(_ data: Data?, as type: T.Type = T.self) -> [T] {
        var result: [T] = []
        result.reserveCapacity((data?.count ?? 0) / MemoryLayout<T>.size)
        append(data, to: &result)
        return result
    }
}
