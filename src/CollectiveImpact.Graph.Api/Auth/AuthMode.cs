namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>How callers are authenticated (<c>Auth:Mode</c>).</summary>
public enum AuthMode
{
    /// <summary>The default: every request to <c>/graphql</c> carries an API key or a JWT.</summary>
    Required,

    /// <summary>Development only: every request is a backbone caller. Said loudly in the log and on <c>/readyz</c>.</summary>
    None,
}
