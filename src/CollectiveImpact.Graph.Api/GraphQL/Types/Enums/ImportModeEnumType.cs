using CollectiveImpact.Graph.Store.Storage;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>How an imported document meets the stored network.</summary>
public sealed class ImportModeEnumType : EnumerationGraphType<ChangeMode>
{
    public ImportModeEnumType()
    {
        Name = "ImportMode";
        Description = "How an imported document meets the stored network: MERGE adds or replaces entries by id (ties by their ends and type, measurements by indicator and date); REPLACE makes the document the whole network.";
    }
}
