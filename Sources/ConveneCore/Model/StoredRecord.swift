/// Records whose id SQLite assigns on insert.
protocol StoredRecord {
    var id: Int64? { get }
}

extension StoredRecord {
    /// The id of a record read from or inserted into the database, where it is always set.
    func requireId() throws -> Int64 {
        guard let id else { throw ConveneError.refused("internal error: a stored record has no id") }
        return id
    }
}

extension Organisation: StoredRecord {}
extension Participant: StoredRecord {}
extension Meeting: StoredRecord {}
extension Invitation: StoredRecord {}
extension AgendaItem: StoredRecord {}
extension AgendaClause: StoredRecord {}
extension Decision: StoredRecord {}
extension ActionPoint: StoredRecord {}
