import GRDB

extension ConveneError {
    /// What an error SQLite reports means to the user: the write lock held by another process
    /// for longer than convene waits is worth trying again; anything else makes the database
    /// unusable.
    static func database(_ error: DatabaseError, path: String) -> ConveneError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy(path: path)
        default: .unusableDatabase(path: path, reason: DatabaseFileGuard.describe(error))
        }
    }
}
