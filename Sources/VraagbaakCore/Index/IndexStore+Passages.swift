import Foundation
import GRDB

extension IndexStore {
    /// Every passage with its analysed terms, for retrieval in memory.
    /// Passage ids must run from 1 without gaps (the builder writes them so);
    /// anything else is a damaged index.
    public func passageTable() throws -> PassageTable {
        try read { db in
            var columns = PassageTable.Columns()
            let termCursor = try Row.fetchCursor(db, sql: "SELECT id, term FROM terms ORDER BY id")
            while let row = try termCursor.next() {
                guard row[0] as Int == columns.terms.count else { throw IndexError.corrupt(path: path, detail: "term ids have gaps") }
                columns.terms.append(row[1])
            }
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT id, document_id, ordinal, start, "end", heading, term_ids, positions, sentences, sentence_starts,
                    sentence_types, sentence_words
                FROM passages ORDER BY id
                """)
            while let row = try cursor.next() {
                guard row[0] as Int64 == Int64(columns.ordinals.count + 1) else {
                    throw IndexError.corrupt(path: path, detail: "passage ids have gaps")
                }
                let documentID: String = row[1]
                if columns.documentIndex[documentID] == nil {
                    columns.documentIndex[documentID] = Int32(columns.documentIDs.count)
                    columns.documentIDs.append(documentID)
                }
                columns.passageDocuments.append(columns.documentIndex[documentID]!)
                columns.ordinals.append(row[2])
                columns.starts.append(row[3])
                columns.ends.append(row[4])
                columns.headings.append(row[5])
                let firstToken = Int32(columns.tokens.count)
                try row.withUnsafeData(atIndex: 6) { PackedIntegers.append($0, to: &columns.tokens) }
                try row.withUnsafeData(atIndex: 7) { PackedIntegers.append($0, to: &columns.positions) }
                let bounds: [Int32] = try row.withUnsafeData(atIndex: 8) { PackedIntegers.unpack($0) }
                let sentenceStarts: [Int32] = try row.withUnsafeData(atIndex: 9) { PackedIntegers.unpack($0) }
                let sentenceTypes: [UInt8] = try row.withUnsafeData(atIndex: 10) { PackedIntegers.unpack($0) }
                let sentenceWords: [Int32] = try row.withUnsafeData(atIndex: 11) { PackedIntegers.unpack($0) }
                let tokenCount = Int32(columns.tokens.count) - firstToken
                guard columns.positions.count == columns.tokens.count, bounds.count == 2 * sentenceStarts.count,
                      sentenceTypes.count == sentenceStarts.count, sentenceWords.count == sentenceStarts.count,
                      columns.tokens[Int(firstToken)...].allSatisfy({ Int($0) < columns.terms.count }),
                      sentenceStarts.allSatisfy({ $0 >= 0 && $0 <= tokenCount })
                else { throw IndexError.corrupt(path: path, detail: "passage \(row[0] as Int64) has damaged columns") }
                for (offset, start) in sentenceStarts.enumerated() {
                    columns.sentenceLowerBounds.append(bounds[2 * offset])
                    columns.sentenceUpperBounds.append(bounds[2 * offset + 1])
                    columns.sentenceTokenStarts.append(firstToken + start)
                    columns.sentenceTypes.append(sentenceTypes[offset])
                    columns.sentenceWords.append(sentenceWords[offset])
                }
                columns.tokenStarts.append(Int32(columns.tokens.count))
                columns.sentenceStarts.append(Int32(columns.sentenceLowerBounds.count))
            }
            return PassageTable(columns)
        }
    }
}
