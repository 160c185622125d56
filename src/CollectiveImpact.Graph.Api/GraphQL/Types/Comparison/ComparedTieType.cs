using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class ComparedTieType : ObjectGraphType<ComparedTie>
{
    public ComparedTieType()
    {
        Name = "ComparedTie";
        Description = "A tie added or ended between the two sides, with its ends as that side held them.";
        Field<NonNullGraphType<ComparedNodeType>>("from").Description("Its first end (the source of a directed type).").Resolve(c => c.Source.From).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ComparedNodeType>>("to").Description("Its other end.").Resolve(c => c.Source.To).Access(FieldAccess.Analysis);
        Field(x => x.Type, type: typeof(NonNullGraphType<TieTypeEnumType>)).Description("Its type.").Access(FieldAccess.Analysis);
        Field(x => x.Weight, nullable: true).Description("Its weight as stored; null when none was given (1).").Access(FieldAccess.Analysis);
        Field(x => x.CrossSector).Description("Both ends have a sector (a person's is their organization's) and they differ.").Access(FieldAccess.Analysis);
    }
}
