using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// Domain records as the parameter rows the <c>write/upsert-*.cypher</c> statements UNWIND: enums spelled as the
/// format spells them, dates as <c>YYYY-MM-DD</c>, and each row's position in its list (its place in the snapshot
/// when the entry is new).
/// </summary>
internal static class Neo4jRows
{
    public static Dictionary<string, object?> Goal(Goal g, int position) => new()
    {
        ["id"] = g.Id,
        ["name"] = g.Name,
        ["description"] = g.Description,
        ["position"] = position,
    };

    public static Dictionary<string, object?> Indicator(Indicator i, int position) => new()
    {
        ["id"] = i.Id,
        ["name"] = i.Name,
        ["goal"] = i.Goal,
        ["unit"] = i.Unit,
        ["direction"] = NetworkFormat.Name(i.Direction),
        ["baselineValue"] = i.Baseline?.Value,
        ["baselineDate"] = Date(i.Baseline?.Date),
        ["targetValue"] = i.Target?.Value,
        ["targetDate"] = Date(i.Target?.Date),
        ["position"] = position,
    };

    public static Dictionary<string, object?> Organization(Organization o, int position) => new()
    {
        ["id"] = o.Id,
        ["name"] = o.Name,
        ["sector"] = o.Sector is { } s ? NetworkFormat.Name(s) : null,
        ["communityLed"] = o.CommunityLed,
        ["goals"] = o.Goals,
        ["since"] = Date(o.Since),
        ["until"] = Date(o.Until),
        ["position"] = position,
    };

    public static Dictionary<string, object?> Person(Person p, int position) => new()
    {
        ["id"] = p.Id,
        ["name"] = p.Name,
        ["organization"] = p.Organization,
        ["role"] = p.Role,
        ["email"] = p.Email,
        ["communityMember"] = p.CommunityMember,
        ["since"] = Date(p.Since),
        ["until"] = Date(p.Until),
        ["position"] = position,
    };

    public static Dictionary<string, object?> Activity(Activity a, int position) => new()
    {
        ["id"] = a.Id,
        ["name"] = a.Name,
        ["lead"] = a.Lead,
        ["partners"] = a.Partners,
        ["indicators"] = a.Indicators,

        // Neo4j cannot tell the element type of an empty list property; absent reads back as empty.
        ["populations"] = a.Populations.Count == 0 ? null : a.Populations,
        ["places"] = a.Places.Count == 0 ? null : a.Places,
        ["status"] = a.Status is { } s ? NetworkFormat.Name(s) : null,
        ["start"] = Date(a.Start),
        ["end"] = Date(a.End),
        ["position"] = position,
    };

    public static Dictionary<string, object?> Initiative(Initiative i) => new()
    {
        ["id"] = i.Id,
        ["name"] = i.Name,
        ["backbone"] = i.Backbone,
        ["description"] = i.Description,
    };

    public static Dictionary<string, object?> Measurement(Measurement m, int position) => new()
    {
        ["indicator"] = m.Indicator,
        ["date"] = Date(m.Date),
        ["value"] = m.Value,
        ["reportedBy"] = m.ReportedBy,
        ["position"] = position,
    };

    public static Dictionary<string, object?> Tie(Tie t, int position)
    {
        var key = t.Key;
        return new()
        {
            ["from"] = t.From,
            ["to"] = t.To,
            ["type"] = NetworkFormat.Name(t.Type),
            ["keyFrom"] = key.From,
            ["keyTo"] = key.To,
            ["weight"] = t.Weight,
            ["since"] = Date(t.Since),
            ["until"] = Date(t.Until),
            ["position"] = position,
        };
    }

    public static Dictionary<string, object?> TieKeyRow(TieKey given)
    {
        var key = TieKey.Of(given.From, given.To, given.Type);
        return new() { ["keyFrom"] = key.From, ["keyTo"] = key.To, ["type"] = NetworkFormat.Name(key.Type) };
    }

    public static Dictionary<string, object?> MeasurementKeyRow(MeasurementKey key) => new()
    {
        ["indicator"] = key.Indicator,
        ["date"] = Date(key.Date),
    };

    public static string? Date(DateOnly? date) => date is { } d ? NetworkFormat.FormatDate(d) : null;
}
