namespace CollectiveImpact.Graph.Store.Tests.Neo4j;

/// <summary>
/// Response bodies in the shapes the Query API documentation shows (neo4j.com/docs/query-api: "Query the database",
/// "Run transactions", "Typed JSON", "Authorize requests", and the status code list), kept as text so the
/// client's parsing is tested against the documented wire format, not against our own serializer.
/// </summary>
internal static class QueryApiPayloads
{
    /// <summary>"Typed JSON" example: MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name.</summary>
    public const string NodeAndString = """
        {
          "data": {
            "fields": ["person", "name"],
            "values": [[
              {"$type": "Node", "_value": {
                "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                "_labels": ["Person"],
                "_properties": {"name": {"$type": "String", "_value": "Phil"}}}},
              {"$type": "String", "_value": "Phil"}
            ]]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]
        }
        """;

    /// <summary>"Typed JSON" type-mapping example of a path Alice -[LIKES]-> Phil.</summary>
    public const string Path = """
        {"data": {"fields": ["p"], "values": [[{"$type": "Path", "_value": [
          {"$type": "Node", "_value": {"_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0", "_labels": ["Person"],
            "_properties": {"name": {"$type": "String", "_value": "Alice"}, "age": {"$type": "Integer", "_value": "42"}}}},
          {"$type": "Relationship", "_value": {"_element_id": "5:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
            "_start_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0",
            "_end_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "_type": "LIKES",
            "_properties": {"since": {"$type": "String", "_value": "forever!"}}}},
          {"$type": "Node", "_value": {"_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "_labels": ["Person"],
            "_properties": {"name": {"$type": "String", "_value": "Phil"}}}}
        ]}]]}, "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]}
        """;

    /// <summary>"Run transactions": the answer to opening a transaction, with its id and expiry.</summary>
    public static string Opened(string transactionId = "lyU", string fields = "[]", string values = "[]") => $$"""
        {"data": {"fields": {{fields}}, "values": {{values}}}, "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"],
         "transaction": {"id": "{{transactionId}}", "expires": "2024-10-22T15:48:29Z"} }
        """;

    /// <summary>A statement's answer inside an open transaction.</summary>
    public static string InTransaction(string transactionId = "lyU", string fields = "[]", string values = "[]") => Opened(transactionId, fields, values);

    /// <summary>The answer to a commit: the bookmark of the committed transaction, no transaction key.</summary>
    public static string Committed(string bookmark = "FB:committed") => $$"""
        {"data": {"fields": [], "values": []}, "bookmarks": ["{{bookmark}}"]}
        """;

    /// <summary>A one-field, one-row answer holding an integer (e.g. the network version).</summary>
    public static string Integer(string field, long value, string? transactionId = null) =>
        transactionId is null
            ? $$"""{"data": {"fields": ["{{field}}"], "values": [[{"$type": "Integer", "_value": "{{value}}"}]]}, "bookmarks": []}"""
            : Opened(transactionId, $"[\"{field}\"]", $$"""[[{"$type": "Integer", "_value": "{{value}}"}]]""");

    public const string Empty = """{"data": {"fields": [], "values": []}, "bookmarks": []}""";

    /// <summary>An error, as the Query API reports it: a list of Neo4j status codes and messages.</summary>
    public static string Error(string code, string message) => $$"""
        {"errors": [{"code": "{{code}}", "message": "{{message}}"}]}
        """;

    /// <summary>"Authorize requests": wrong username or password (HTTP 401).</summary>
    public const string Unauthorized = """
        {"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "Invalid username or password."}]}
        """;

    public static readonly string SyntaxError = Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'T': expected <init> (line 1, column 1 (offset: 0))");

    public static readonly string Deadlock = Error(
        "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[transactionId=42] can't acquire ExclusiveLock");

    public static readonly string ConstraintViolation = Error(
        "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(12) already exists with label `Node` and property `id` = 'o-ed'");

    /// <summary>"Run transactions": a statement sent to a transaction that expired or was closed.</summary>
    public static readonly string TransactionNotFound = Error(
        "Neo.ClientError.Request.Invalid", "Transaction with Id: \\\"lyU\\\" was not found. It may have timed out and therefore rolled back.");
}
