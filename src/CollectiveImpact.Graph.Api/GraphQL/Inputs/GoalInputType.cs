using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Inputs;

public sealed class GoalInputType : InputObjectGraphType<Goal>
{
    public GoalInputType()
    {
        Name = "GoalInput";
        Description = "A whole goal. Updates replace every field: an omitted optional field is cleared.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id, unique across every kind.");
        Field(x => x.Name).Description("The goal as stated in the common agenda.");
        Field(x => x.Description, nullable: true).Description("A longer statement of the goal.");
    }
}
