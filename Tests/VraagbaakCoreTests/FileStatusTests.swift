import Foundation
import Testing
@testable import VraagbaakCore

/// `FileStatus` stands in for Foundation's `isRegularFileKey` and
/// `attributesOfItem` size in the folder fingerprint and the file reader.
@Suite struct FileStatusTests {
    @Test func regularFilesAndSizesAreFoundationsOwn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filestatus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "hallo".write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: "a.md")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("dir").path, withDestinationPath: "sub")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("broken.md").path, withDestinationPath: "nowhere")
        for name in ["a.md", "link.md", "dir", "broken.md", "sub", "missing.md"] {
            let url = folder.appendingPathComponent(name)
            let foundation = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            #expect(FileStatus.isRegularFile(url.path) == foundation, "\(name)")
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int
            #expect(FileStatus.of(url.path).map { Int($0.st_size) } == size, "\(name)")
        }
    }
}
