using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// Writes one <see cref="NetworkPart"/> of a network into a <see cref="ContentHasher"/>, field by field: every field of
/// every item in document order, each list with its length and each missing value with a marker of its own, so two
/// contents hash alike only when they are equal.
/// </summary>
/// <remarks>
/// Field by field rather than through a JSON serializer: the serializer cost the first analysis of a 20,000-organization
/// version most of a second (every list written out as text), this a few tens of milliseconds, and nothing is
/// allocated. The fields are named here one by one, so a property added to a domain record must be added here too:
/// <c>NetworkPartHasherTests</c> fails for any property whose change leaves its part's fingerprint unchanged.
/// </remarks>
internal static class NetworkPartHasher
{
    /// <summary>What the part is computed from: the list (or the initiative) a write replaces when it changes the part.</summary>
    public static object? SourceOf(Network network, NetworkPart part) => part switch
    {
        NetworkPart.Initiative or NetworkPart.InitiativeDescription => network.Initiative,
        NetworkPart.Goals or NetworkPart.GoalDescriptions => network.Goals,
        NetworkPart.Indicators => network.Indicators,
        NetworkPart.Measurements => network.Measurements,
        NetworkPart.Organizations => network.Organizations,
        NetworkPart.People => network.People,
        NetworkPart.Activities => network.Activities,
        NetworkPart.FeedsInto or NetworkPart.Ties => network.Ties,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown network part."),
    };

    /// <summary>The fingerprint of <paramref name="part"/>, given its <see cref="SourceOf"/> only (never the whole network,
    /// so a fingerprint not computed yet keeps no other list of an old version alive).</summary>
    public static ContentFingerprint Hash(NetworkPart part, object? source)
    {
        using var hasher = new ContentHasher();
        hasher.Add("part-2").Add((int)part);
        switch (part)
        {
            case NetworkPart.Initiative:
                hasher.Add(source is not null);
                if (source is Initiative initiative)
                {
                    hasher.Add(initiative.Id).Add(initiative.Name).Add(initiative.Backbone);
                }

                break;
            case NetworkPart.InitiativeDescription:
                hasher.Add((source as Initiative)?.Description);
                break;
            case NetworkPart.Goals:
                hasher.Add(ListOf<Goal>(source).Count);
                foreach (var goal in ListOf<Goal>(source))
                {
                    hasher.Add(goal.Id).Add(goal.Name);
                }

                break;
            case NetworkPart.GoalDescriptions:
                hasher.Add(ListOf<Goal>(source).Count);
                foreach (var goal in ListOf<Goal>(source))
                {
                    hasher.Add(goal.Description);
                }

                break;
            case NetworkPart.Indicators:
                hasher.Add(ListOf<Indicator>(source).Count);
                foreach (var indicator in ListOf<Indicator>(source))
                {
                    hasher.Add(indicator.Id).Add(indicator.Name).Add(indicator.Goal).Add(indicator.Unit).Add((int)indicator.Direction);
                    Add(hasher, indicator.Baseline);
                    Add(hasher, indicator.Target);
                }

                break;
            case NetworkPart.Measurements:
                hasher.Add(ListOf<Measurement>(source).Count);
                foreach (var measurement in ListOf<Measurement>(source))
                {
                    hasher.Add(measurement.Indicator).Add(measurement.Date.DayNumber).Add(measurement.Value).Add(measurement.ReportedBy);
                }

                break;
            case NetworkPart.Organizations:
                hasher.Add(ListOf<Organization>(source).Count);
                foreach (var organization in ListOf<Organization>(source))
                {
                    hasher.Add(organization.Id).Add(organization.Name).Add((int?)organization.Sector ?? -1).Add(organization.CommunityLed)
                        .Add(organization.Since?.DayNumber ?? -1).Add(organization.Until?.DayNumber ?? -1);
                    Add(hasher, organization.Goals);
                }

                break;
            case NetworkPart.People:
                hasher.Add(ListOf<Person>(source).Count);
                foreach (var person in ListOf<Person>(source))
                {
                    hasher.Add(person.Id).Add(person.Name).Add(person.Organization).Add(person.Role).Add(person.Email).Add(person.CommunityMember)
                        .Add(person.Since?.DayNumber ?? -1).Add(person.Until?.DayNumber ?? -1);
                }

                break;
            case NetworkPart.Activities:
                hasher.Add(ListOf<Activity>(source).Count);
                foreach (var activity in ListOf<Activity>(source))
                {
                    hasher.Add(activity.Id).Add(activity.Name).Add(activity.Lead);
                    Add(hasher, activity.Partners);
                    Add(hasher, activity.Indicators);
                    Add(hasher, activity.Populations);
                    Add(hasher, activity.Places);
                    hasher.Add((int?)activity.Status ?? -1).Add(activity.Start?.DayNumber ?? -1).Add(activity.End?.DayNumber ?? -1);
                }

                break;
            case NetworkPart.FeedsInto:
                foreach (var tie in ListOf<Tie>(source))
                {
                    if (tie.Type == TieType.FeedsInto)
                    {
                        hasher.Add(tie.From).Add(tie.To);
                    }
                }

                break;
            case NetworkPart.Ties:
                hasher.Add(ListOf<Tie>(source).Count);
                foreach (var tie in ListOf<Tie>(source))
                {
                    hasher.Add(tie.From).Add(tie.To).Add((int)tie.Type).Add(tie.Weight.HasValue);
                    hasher.Add(tie.Weight ?? 0).Add(tie.Since?.DayNumber ?? -1).Add(tie.Until?.DayNumber ?? -1);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown network part.");
        }

        return hasher.Finish();
    }

    private static IReadOnlyList<T> ListOf<T>(object? source) => (IReadOnlyList<T>)source!;

    private static void Add(ContentHasher hasher, DatedValue? value)
    {
        hasher.Add(value is not null);
        if (value is not null)
        {
            hasher.Add(value.Value).Add(value.Date?.DayNumber ?? -1);
        }
    }

    private static void Add(ContentHasher hasher, IReadOnlyList<string> values)
    {
        hasher.Add(values.Count);
        foreach (var value in values)
        {
            hasher.Add(value);
        }
    }
}
