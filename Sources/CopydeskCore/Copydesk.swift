/// copydesk's version, written into session logs.
public enum Copydesk {
    public static let version = "0.1.0"
}
