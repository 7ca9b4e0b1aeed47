/// X API users by id (`includes.users`), keyed by number where the id is plain decimal.
struct UserDirectory {
    private var numbers: [UInt64: Tweet.Author] = [:]
    private var others: [String: Tweet.Author] = [:]

    subscript(id: UserID) -> Tweet.Author? {
        get {
            switch id {
            case .number(let number): numbers[number]
            case .text(let text): others[text]
            }
        }
        set {
            switch id {
            case .number(let number): numbers[number] = newValue
            case .text(let text): others[text] = newValue
            }
        }
    }
}

/// A user id as the X API writes it: its `DecimalID` number when it has one, else its text.
///
/// Read straight from the JSON, a decimal id (all of them, in practice) never becomes a `String`.
enum UserID: Hashable {
    case number(UInt64)
    case text(String)

    /// The id `value.stringValue` spells, if it is a string or a number.
    init?(_ value: some JSONValueReading) {
        if let number = value.decimalID {
            self = .number(number)
        } else if let text = value.stringValue {
            self = .text(text)
        } else {
            return nil
        }
    }

    /// The id as written (a decimal id has one spelling).
    var text: String {
        switch self {
        case .number(let number): String(number)
        case .text(let text): text
        }
    }
}
