using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Fixtures;

/// <summary>
/// Builds small networks by hand for the collective impact analyses' tests. Names default to the id, so a
/// sentence naming "'o-lib'" is easy to assert.
/// </summary>
internal sealed class NetworkBuilder
{
    private readonly List<Goal> goals = [];
    private readonly List<Indicator> indicators = [];
    private readonly List<Measurement> measurements = [];
    private readonly List<Organization> organizations = [];
    private readonly List<Person> people = [];
    private readonly List<Activity> activities = [];
    private readonly List<Tie> ties = [];
    private string? backbone;

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public NetworkBuilder Backbone(string id)
    {
        backbone = id;
        return this;
    }

    public NetworkBuilder Goal(string id, string? name = null)
    {
        goals.Add(new Goal(id, name ?? id));
        return this;
    }

    public NetworkBuilder Indicator(
        string id, string goal, string? name = null, Direction direction = Direction.Increase,
        DatedValue? baseline = null, DatedValue? target = null, string? unit = null)
    {
        indicators.Add(new Indicator(id, name ?? id, goal, unit, direction, baseline, target));
        return this;
    }

    public NetworkBuilder Measurement(string indicator, string date, double value)
    {
        measurements.Add(new Measurement(indicator, D(date), value));
        return this;
    }

    public NetworkBuilder Organization(
        string id, string[]? goals = null, bool communityLed = false, Sector? sector = null, string? name = null)
    {
        organizations.Add(new Organization(id, name ?? id, sector, communityLed, goals));
        return this;
    }

    /// <summary>Several organizations at once, with no goals.</summary>
    public NetworkBuilder Organizations(params string[] ids)
    {
        foreach (var id in ids)
        {
            Organization(id);
        }

        return this;
    }

    public NetworkBuilder Person(string id, string organization)
    {
        people.Add(new Person(id, id, organization));
        return this;
    }

    public NetworkBuilder Activity(
        string id, string lead, string[]? indicators = null, string[]? partners = null,
        string[]? populations = null, string[]? places = null, string? name = null)
    {
        activities.Add(new Activity(id, name ?? id, lead, partners, indicators, populations, places));
        return this;
    }

    public NetworkBuilder Tie(string from, string to, TieType type = TieType.Collaborates)
    {
        ties.Add(new Tie(from, to, type));
        return this;
    }

    /// <summary>COLLABORATES ties along a path: a–b, b–c, …</summary>
    public NetworkBuilder Path(params string[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            Tie(ids[i - 1], ids[i]);
        }

        return this;
    }

    public NetworkBuilder FeedsInto(string from, string to) => Tie(from, to, TieType.FeedsInto);

    public Network Build()
    {
        if (backbone is not null && organizations.All(o => o.Id != backbone))
        {
            Organization(backbone);
        }

        return new Network(
            new Initiative("init", "Initiative", backbone), goals, indicators, measurements, organizations, people, activities, ties);
    }
}
