/// X API users by id (`includes.users`), keyed by number where the id is plain decimal.
struct UserDirectory {
    private var numbers: [UInt64: Tweet.Author] = [:]
    private var others: [String: Tweet.Author] = [:]

    subscript(id: String) -> Tweet.Author? {
        get {
            if let number = DecimalID.number(id) { return numbers[number] }
            return others[id]
        }
        set {
            if let number = DecimalID.number(id) { numbers[number] = newValue } else { others[id] = newValue }
        }
    }

    /// The user whose id `DecimalID.number` reads as `number` (`nil` for other ids), else by text.
    func author(_ id: String, number: UInt64?) -> Tweet.Author? {
        if let number { return numbers[number] }
        return others[id]
    }
}
