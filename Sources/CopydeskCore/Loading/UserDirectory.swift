/// X API users by id (`includes.users`), keyed by number where the id is plain decimal.
struct UserDirectory {
    /// A decimal id's place in `users`, in an open-addressing table: a dictionary's seeded hashing
    /// of every page's users was a thirtieth of loading a 100k-tweet day.
    private var places = UInt64Table(capacity: 64)
    private var users: [Tweet.Author?] = []
    private var others: [String: Tweet.Author] = [:]

    subscript(id: UserID) -> Tweet.Author? {
        get {
            switch id {
            case .number(let number): places[number].flatMap { users[Int($0)] }
            case .text(let text): others[text]
            }
        }
        set {
            switch id {
            case .number(let number):
                if let place = places[number] {
                    users[Int(place)] = newValue
                } else if newValue != nil {
                    places.set(number, Int32(users.count))
                    users.append(newValue)
                }
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
