using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// Creates, lists, revokes and checks API keys. A key's secret is 32 random bytes (256 bits) shown once; only its
/// SHA-256 is stored. A fast unsalted hash is right here, unlike for passwords: nobody can guess 256 random bits, so
/// a slow hash would only slow down every request, and the hash is an exact lookup key (no comparison to time).
/// </summary>
/// <remarks>
/// <see cref="Find"/> keeps what it found for <see cref="FoundKeyLifetime"/>, so a busy caller does not open the key
/// file on every request. <see cref="Revoke"/> drops the key from that cache at once; a revocation written by another
/// process (the <c>keys revoke</c> command line) reaches this one when the entry expires. Only keys found are kept:
/// wrong secrets, which anyone can send in any number, always go to the file, so they cannot fill memory.
/// </remarks>
public sealed class ApiKeyStore(AuthDatabase database, TimeProvider clock)
{
    /// <summary>Every secret starts with this, so a key is recognizable in a leaked file or a secret scanner.</summary>
    public const string SecretPrefix = "cig_";

    /// <summary>How long a key found stays trusted without reading the file: the most a revocation from another process waits.</summary>
    public static readonly TimeSpan FoundKeyLifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (ApiKey Key, DateTimeOffset Until)> found = new(StringComparer.Ordinal);

    // Counts revocations, so a lookup that read the file before a revocation does not put the key back after it.
    private long revocations;

    public CreatedApiKey Create(string role, string name, string? organization) => Create(role, name, organization, null, null);

    /// <summary>
    /// A share link: a key of the dashboard or partner role that stops working at <paramref name="expiresAt"/> (at most
    /// a year ahead) and remembers the map <paramref name="view"/> it opens (the map's query string, at most 2,000 characters).
    /// </summary>
    public CreatedApiKey CreateShareLink(string role, string label, string? organization, DateTimeOffset expiresAt, string? view)
    {
        var parsedRole = Roles.Parse(role);
        if (parsedRole is not (Roles.Dashboard or Roles.Partner))
        {
            throw new ArgumentException($"A share link is read-only at the dashboard or partner level; '{role}' is not one of those.", nameof(role));
        }

        var now = clock.GetUtcNow();
        if (expiresAt <= now || expiresAt > now.AddDays(366))
        {
            throw new ArgumentException("A share link expires between now and a year from now.", nameof(expiresAt));
        }

        if (view is { Length: > 2000 } || (view is { Length: > 0 } && !view.StartsWith('?')))
        {
            throw new ArgumentException("view: the map's query string (starting with ?), at most 2,000 characters.", nameof(view));
        }

        return Create(parsedRole!, label, organization, expiresAt, string.IsNullOrEmpty(view) ? null : view);
    }

    /// <summary>
    /// Survey links (docs/survey.md), one per organization, in one transaction: keys of the respondent role that can
    /// only read round <paramref name="round"/>'s form and save their organization's answers, and stop working at
    /// <paramref name="expiresAt"/> (the round's close). Each item is the organization's id and the link's label.
    /// </summary>
    public IReadOnlyList<CreatedApiKey> CreateSurveyLinks(string round, IReadOnlyList<(string Organization, string Label)> links, DateTimeOffset expiresAt)
    {
        var created = links.Select(l => NewKey(Roles.Respondent, l.Label, l.Organization, expiresAt, view: null, round)).ToList();
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var key in created)
        {
            Insert(connection, transaction, key);
        }

        transaction.Commit();
        return created;
    }

    /// <summary>Revokes the live survey links of a round (of one organization, when given) in one write; how many.</summary>
    public int RevokeSurveyLinks(string round, string? organization)
    {
        int revoked;
        using (var connection = database.Open())
        using (var update = connection.CreateCommand())
        {
            update.CommandText = """
                UPDATE api_keys SET revoked_at = $now
                WHERE survey_round = $round AND revoked_at IS NULL AND ($organization IS NULL OR organization = $organization)
                """;
            update.Parameters.AddWithValue("$round", round);
            update.Parameters.AddWithValue("$organization", (object?)organization ?? DBNull.Value);
            update.Parameters.AddWithValue("$now", clock.GetUtcNow().ToString("O"));
            revoked = update.ExecuteNonQuery();
        }

        Forget(key => key.SurveyRound == round && (organization is null || key.Organization == organization));
        return revoked;
    }

    private CreatedApiKey Create(string role, string name, string? organization, DateTimeOffset? expiresAt, string? view)
    {
        var created = NewKey(role, name, organization, expiresAt, view, surveyRound: null);
        using var connection = database.Open();
        Insert(connection, null, created);
        return created;
    }

    private CreatedApiKey NewKey(string role, string name, string? organization, DateTimeOffset? expiresAt, string? view, string? surveyRound)
    {
        var parsedRole = surveyRound is not null ? Roles.Respondent : Roles.Parse(role)
            ?? throw new ArgumentException($"'{role}' is not a role; use one of {string.Join(", ", Roles.All)}.", nameof(role));
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A key needs a name that says who holds it.", nameof(name));
        }

        organization = string.IsNullOrWhiteSpace(organization) ? null : organization.Trim();
        if (parsedRole is Roles.Partner or Roles.Respondent && organization is null)
        {
            throw new ArgumentException("A partner key needs the id of the partner's organization.", nameof(organization));
        }

        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var prefix = surveyRound is not null ? "survey-" : expiresAt is null ? "key-" : "share-";
        var key = new ApiKey(prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), name.Trim(), parsedRole,
            parsedRole is Roles.Partner or Roles.Respondent ? organization : null, clock.GetUtcNow(), null, expiresAt, view,
            IsShareLink: expiresAt is not null && surveyRound is null, surveyRound);
        return new CreatedApiKey(key, secret);
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction? transaction, CreatedApiKey created)
    {
        var key = created.Key;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO api_keys (id, name, role, organization, secret_sha256, created_at, expires_at, view, share_link, survey_round)
            VALUES ($id, $name, $role, $organization, $hash, $created, $expires, $view, $share, $survey)
            """;
        command.Parameters.AddWithValue("$id", key.Id);
        command.Parameters.AddWithValue("$name", key.Name);
        command.Parameters.AddWithValue("$role", key.Role);
        command.Parameters.AddWithValue("$organization", (object?)key.Organization ?? DBNull.Value);
        command.Parameters.AddWithValue("$hash", Hash(created.Secret));
        command.Parameters.AddWithValue("$created", key.CreatedAt.ToString("O"));
        command.Parameters.AddWithValue("$expires", (object?)key.ExpiresAt?.ToString("O") ?? DBNull.Value);
        command.Parameters.AddWithValue("$view", (object?)key.View ?? DBNull.Value);
        command.Parameters.AddWithValue("$share", key.IsShareLink ? 1 : 0);
        command.Parameters.AddWithValue("$survey", (object?)key.SurveyRound ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>Every key ever created, revoked ones included, oldest first.</summary>
    public IReadOnlyList<ApiKey> List()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, role, organization, created_at, revoked_at, expires_at, view, share_link, survey_round FROM api_keys ORDER BY created_at, id";
        return ReadAll(command);
    }

    /// <summary>A survey round's links, revoked and expired ones included, oldest first.</summary>
    public IReadOnlyList<ApiKey> ListSurveyLinks(string round)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, role, organization, created_at, revoked_at, expires_at, view, share_link, survey_round FROM api_keys WHERE survey_round = $round ORDER BY created_at, id";
        command.Parameters.AddWithValue("$round", round);
        return ReadAll(command);
    }

    /// <summary>True once any key was created: the first-start admin key is made only before that.</summary>
    public bool Any()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM api_keys)";
        return Convert.ToInt64(command.ExecuteScalar()) == 1;
    }

    /// <summary>Revokes a key (it stays listed, with when it was revoked); null when no key has this id.</summary>
    public ApiKey? Revoke(string id)
    {
        using var connection = database.Open();
        using (var update = connection.CreateCommand())
        {
            update.CommandText = "UPDATE api_keys SET revoked_at = $now WHERE id = $id AND revoked_at IS NULL";
            update.Parameters.AddWithValue("$id", id);
            update.Parameters.AddWithValue("$now", clock.GetUtcNow().ToString("O"));
            update.ExecuteNonQuery();
        }

        Forget(key => key.Id == id);

        using var select = connection.CreateCommand();
        select.CommandText = "SELECT id, name, role, organization, created_at, revoked_at, expires_at, view, share_link, survey_round FROM api_keys WHERE id = $id";
        select.Parameters.AddWithValue("$id", id);
        return ReadAll(select).SingleOrDefault();
    }

    /// <summary>The live (not revoked, not expired) key with this secret, or null; see the remarks for how long an answer is kept.</summary>
    public ApiKey? Find(string secret)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 128)
        {
            return null;
        }

        var hash = Hash(secret);
        var cacheKey = Convert.ToHexString(hash);
        var now = clock.GetUtcNow();
        if (found.TryGetValue(cacheKey, out var entry) && entry.Until > now)
        {
            return entry.Key.ExpiredAt(now) ? null : entry.Key;
        }

        var before = Interlocked.Read(ref revocations);
        var key = Read(hash);
        if (key is not null && key.ExpiredAt(now))
        {
            return null;
        }

        if (key is null)
        {
            found.TryRemove(cacheKey, out _);
        }
        else
        {
            found[cacheKey] = (key, now + FoundKeyLifetime);
            if (Interlocked.Read(ref revocations) != before)
            {
                found.TryRemove(cacheKey, out _);
            }
        }

        return key;
    }

    /// <summary>Drops the keys found earlier that were just revoked, and tells lookups in flight to keep nothing.</summary>
    private void Forget(Func<ApiKey, bool> revoked)
    {
        Interlocked.Increment(ref revocations);
        foreach (var (cacheKey, entry) in found)
        {
            if (revoked(entry.Key))
            {
                found.TryRemove(cacheKey, out _);
            }
        }
    }

    private ApiKey? Read(byte[] hash)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, name, role, organization, created_at, revoked_at, expires_at, view, share_link, survey_round FROM api_keys
            WHERE secret_sha256 = $hash AND revoked_at IS NULL
            """;
        command.Parameters.AddWithValue("$hash", hash);
        return ReadAll(command).SingleOrDefault();
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static List<ApiKey> ReadAll(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var keys = new List<ApiKey>();
        while (reader.Read())
        {
            keys.Add(new ApiKey(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(5) ? null : DateTimeOffset.Parse(reader.GetString(5), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(6) ? null : DateTimeOffset.Parse(reader.GetString(6), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetInt64(8) == 1,
                reader.IsDBNull(9) ? null : reader.GetString(9)));
        }

        return keys;
    }
}
