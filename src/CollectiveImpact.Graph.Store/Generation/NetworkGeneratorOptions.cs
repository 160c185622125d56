namespace CollectiveImpact.Graph.Store.Generation;

/// <summary>
/// The size and shape of a generated network. Counts left null scale with <see cref="Organizations"/>, so
/// <c>new NetworkGeneratorOptions { Organizations = 20_000 }</c> is a sensible benchmark network on its own.
/// </summary>
public sealed record NetworkGeneratorOptions
{
    /// <summary>Same seed and options, same network, byte for byte.</summary>
    public int Seed { get; init; } = 1;

    public int Organizations { get; init; } = 40;

    /// <summary>The average; each organization gets between 0 and twice this many (a few people belong to none).</summary>
    public double PeoplePerOrganization { get; init; } = 3;

    /// <summary>Working-group activities; default one per five organizations (at least one when there are organizations).</summary>
    public int? Activities { get; init; }

    public int Goals { get; init; } = 5;

    /// <summary>Shared indicators, spread over the goals; default three per goal.</summary>
    public int? Indicators { get; init; }

    public int MeasurementsPerIndicator { get; init; } = 4;

    /// <summary>
    /// Organization–organization ties per organization (COLLABORATES, COMMUNICATES, REFERS, SHARES_DATA, FUNDS),
    /// on top of the backbone's own ties; the mean degree among organizations is about twice this.
    /// </summary>
    public double TieDensity { get; init; } = 2;

    internal int ActivityCount => Organizations == 0 ? 0 : Activities ?? Math.Max(1, Organizations / 5);

    internal int IndicatorCount => Goals == 0 ? 0 : Indicators ?? Goals * 3;

    /// <summary>Rejects impossible options up front, naming the one that is wrong.</summary>
    internal void Validate()
    {
        Require(Organizations >= 0, nameof(Organizations), Organizations);
        Require(double.IsFinite(PeoplePerOrganization) && PeoplePerOrganization >= 0, nameof(PeoplePerOrganization), PeoplePerOrganization);
        Require(Activities is null or >= 0, nameof(Activities), Activities);
        Require(Activities is null or 0 || Organizations > 0, nameof(Activities), Activities, "activities need an organization to lead them");
        Require(Goals >= 0, nameof(Goals), Goals);
        Require(Indicators is null or >= 0, nameof(Indicators), Indicators);
        Require(Indicators is null or 0 || Goals > 0, nameof(Indicators), Indicators, "indicators need a goal to measure");
        Require(MeasurementsPerIndicator is >= 0 and <= 1000, nameof(MeasurementsPerIndicator), MeasurementsPerIndicator);
        Require(double.IsFinite(TieDensity) && TieDensity >= 0, nameof(TieDensity), TieDensity);
    }

    private static void Require(bool ok, string name, object? value, string why = "it must not be negative")
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} is {value}; {why}.");
        }
    }
}
