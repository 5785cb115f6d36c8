import ConveneCore
import Foundation

/// Where the Resolutions screen and the clause picker get resolutions and clauses. For now the
/// shipped corpus parsed in memory; when the store's clause table lands this becomes a thin
/// wrapper over `store.resolutions()`, `store.resolution(id)` and `store.searchClauses`.
/// Kept in this one file so that the switch touches nothing else.
public protocol ClauseSource: Sendable {
    /// Every resolution with its clauses, in display order.
    func documents() throws -> [ResolutionDocument]
    /// Clauses matching a query (empty: all), in document order.
    func search(_ query: String) throws -> [Clause]
}

/// The resolutions shipped in `Data/resolutions`, parsed once.
public final class ShippedClauseSource: ClauseSource, @unchecked Sendable {
    private let dataDirectory: () throws -> URL
    private let lock = NSLock()
    private var cached: [ResolutionDocument]?

    public init(reference: ReferenceData) {
        dataDirectory = { try reference.directory() }
    }

    public func documents() throws -> [ResolutionDocument] {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let loaded = try ShippedCorpus.load(dataDirectory: try dataDirectory())
        cached = loaded
        return loaded
    }

    public func search(_ query: String) throws -> [Clause] {
        ClauseSearch.search(query, in: try documents())
    }
}
