/// X API objects by id (`includes.users`, `includes.tweets`), keyed by number where the id is plain decimal.
struct IDDirectory<Value> {
    /// A decimal id's place in `values`, in an open-addressing table: a dictionary's seeded hashing
    /// of every page's users was a thirtieth of loading a 100k-tweet day.
    private var places = UInt64Table(capacity: 64)
    private var values: [Value?] = []
    private var others: [String: Value] = [:]

    /// Whether the directory holds nothing.
    var isEmpty: Bool { values.isEmpty && others.isEmpty }

    subscript(id: XID) -> Value? {
        get {
            switch id {
            case .number(let number): places[number].flatMap { values[Int($0)] }
            case .text(let text): others[text]
            }
        }
        set {
            switch id {
            case .number(let number):
                if let place = places[number] {
                    values[Int(place)] = newValue
                } else if newValue != nil {
                    places.set(number, Int32(values.count))
                    values.append(newValue)
                }
            case .text(let text): others[text] = newValue
            }
        }
    }
}

/// An id as the X API writes it (a user's or a tweet's): its `DecimalID` number when it has one, else its text.
///
/// Read straight from the JSON, a decimal id (all of them, in practice) never becomes a `String`.
enum XID: Hashable {
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

    /// The id `text` spells.
    init(_ text: String) {
        self = DecimalID.number(text).map(XID.number) ?? .text(text)
    }

    /// The id as written (a decimal id has one spelling).
    var text: String {
        switch self {
        case .number(let number): String(number)
        case .text(let text): text
        }
    }
}
