using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class SectorPairCountType : ObjectGraphType<SectorPairCount>
{
    public SectorPairCountType()
    {
        Name = "SectorPairCount";
        Description = "How many ties added (or ended) join two sectors: an unordered pair in Sector order, no sector (null) last. A tie's end has its organization's sector, or its person's organization's; activities, goals and indicators have none.";
        Field(x => x.First, type: typeof(SectorEnumType)).Description("One sector; null: no sector.").Access(FieldAccess.Analysis);
        Field(x => x.Second, type: typeof(SectorEnumType)).Description("The other sector; null: no sector.").Access(FieldAccess.Analysis);
        Field(x => x.Count).Description("How many ties.").Access(FieldAccess.Analysis);
        Field(x => x.CrossSector).Description("Both sectors known and different.").Access(FieldAccess.Analysis);
    }
}
