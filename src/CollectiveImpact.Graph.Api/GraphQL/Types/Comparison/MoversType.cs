using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class MoversType : ObjectGraphType<Movers>
{
    public MoversType()
    {
        Name = "Movers";
        Description = "The organizations on both sides whose degree and betweenness in ORGANIZATIONS rose most and fell most: up to `movers` risers (largest rise first), then up to `movers` fallers (largest fall first); equal changes by id.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoverType>>>>("degree").Description("By degree: partners in ORGANIZATIONS.").Resolve(c => c.Source.Degree).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoverType>>>>("betweenness").Description("By betweenness, normalized as NetworkX does: exact up to 5,000 organizations on a side, above that estimated from 100 sampled sources (seed 0).").Resolve(c => c.Source.Betweenness).Access(FieldAccess.Analysis);
        Field(x => x.BetweennessSampledSources, nullable: true).Description("For an estimate, how many sampled sources it used; null when exact.").Access(FieldAccess.Analysis);
        Field(x => x.BetweennessErrorBound, nullable: true).Description("For an estimate, ε: every score is within ε of the exact value with probability at least 0.95 (Hoeffding, as the equity lens states it); null when exact.").Access(FieldAccess.Analysis);
    }
}
