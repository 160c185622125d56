using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class ComparedNodeType : ObjectGraphType<ComparedNode>
{
    public ComparedNodeType()
    {
        Name = "ComparedNode";
        Description = "A node as one side of a comparison held it (a snapshot's node may no longer be stored, so it is carried whole). People appear only to the roles that may see them.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Its id.").Access(FieldAccess.Analysis);
        Field(x => x.Kind, type: typeof(NonNullGraphType<NodeKindEnumType>)).Description("Its kind.").Access(FieldAccess.Analysis);
        Field(x => x.Name).Description("Its name on that side.").Access(FieldAccess.Analysis);
        Field(x => x.Sector, type: typeof(SectorEnumType)).Description("An organization's sector, or a person's organization's; null otherwise.").Access(FieldAccess.Analysis);
        Field(x => x.CommunityLed, nullable: true).Description("Whether an organization is community-led; null for other kinds.").Access(FieldAccess.Analysis);
        Field(x => x.Organization, type: typeof(IdGraphType)).Description("A person's organization (id); null for other kinds.").Access(FieldAccess.Analysis);
    }
}
