using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Utilities;

namespace CollectiveImpact.Graph.Api.GraphQL.Authorization;

/// <summary>
/// Marks the fields of the connection types GraphQL.NET generates (<c>XConnection</c>, <c>XEdge</c>,
/// <c>PageInfo</c>) as <see cref="FieldAccess.Open"/>: they hold no data of their own — a cursor, a count, the
/// items — and the items' own fields are classified where their types declare them. The field that returns a
/// connection carries the access class of the list (e.g. <c>people</c> is People).
/// </summary>
public sealed class ConnectionFieldsClassifier : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (field.GetAccess() is null && IsConnectionPlumbing(type))
        {
            field.Access(FieldAccess.Open);
        }
    }

    private static bool IsConnectionPlumbing(IObjectGraphType type) =>
        type is PageInfoType || IsGeneric(type.GetType(), typeof(ConnectionType<,>)) || IsGeneric(type.GetType(), typeof(EdgeType<>));

    private static bool IsGeneric(Type type, Type definition)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == definition)
            {
                return true;
            }
        }

        return false;
    }
}
