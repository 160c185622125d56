using CollectiveImpact.Graph.Api.Auth;

namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>
/// One organization's personal link to a round: the key behind it (never its secret once made) and, only in the answer
/// that made it, the secret and the link's path in the web app (<c>/survey#key=…</c>) to mail out.
/// </summary>
public sealed record SurveyLink(string Organization, string OrganizationName, ApiKey Key, string? Secret = null)
{
    /// <summary>The form's address under the service's root, with the secret in the fragment (never sent to a server log).</summary>
    public string? Path => Secret is null ? null : $"/survey#key={Secret}";
}
