using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class ImportWarningType : ObjectGraphType<ImportWarning>
{
    public ImportWarningType()
    {
        Name = "ImportWarning";
        Description = "Something an import does that its sender may not have meant. It is not an error: a real import with a warning is written.";
        Field(x => x.Code).Description($"A stable code: {ImportWarning.MostOfNetworkRemoved} when the import removes more than half of the stored nodes or more than half of the stored ties.").Access(FieldAccess.Open);
        Field(x => x.Message).Description("The warning in a sentence, with the numbers.").Access(FieldAccess.Open);
    }
}
