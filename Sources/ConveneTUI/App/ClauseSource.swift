import ConveneCore
import Foundation

/// Where the Resolutions screen and the clause picker get resolutions and clauses.
public protocol ClauseSource: Sendable {
    /// Every resolution with its clauses, in display order.
    func documents() throws -> [ResolutionDocument]
    /// Clauses matching a query (empty: all), in document order.
    func search(_ query: String) throws -> [Clause]
}

/// The resolutions in the database: the shipped ones and whatever users imported.
public struct StoreClauseSource: ClauseSource {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func documents() throws -> [ResolutionDocument] {
        try store.resolutionDocuments()
    }

    public func search(_ query: String) throws -> [Clause] {
        try store.searchClauses(query).map(\.clause)
    }
}
