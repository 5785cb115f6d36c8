/// `where --json`: the files convene would use. convene(5), JSON OUTPUT.
struct WhereJSON: Encodable {
    var database: String
    var databaseExists: Bool
    /// Null when the shipped data cannot be found (the command then exits 4).
    @Nullable var dataFolder: String?
    var configFile: String
    var configExists: Bool
}
