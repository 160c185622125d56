using CollectiveImpact.Graph.Store.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>How often two partners are in touch.</summary>
public sealed class ContactFrequencyEnumType : EnumerationGraphType<ContactFrequency>
{
    public ContactFrequencyEnumType()
    {
        Name = "ContactFrequency";
        Description = "How often two partners are in touch: DAILY, WEEKLY, MONTHLY, QUARTERLY or YEARLY.";
    }
}
