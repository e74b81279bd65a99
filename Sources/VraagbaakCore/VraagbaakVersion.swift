/// The version reported by `--version`, the protocol's `stats` and the MCP
/// `serverInfo`. It lives in the core so that every front end reports the same.
public enum VraagbaakVersion {
    public static let current = "0.1.0"
}
