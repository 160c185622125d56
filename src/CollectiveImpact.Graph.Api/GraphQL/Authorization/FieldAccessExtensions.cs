using GraphQL.Builders;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Authorization;

/// <summary>Marks a field with its <see cref="FieldAccess"/> where it is declared, and reads the mark back.</summary>
public static class FieldAccessExtensions
{
    public static FieldBuilder<TSource, TReturn> Access<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, FieldAccess access)
    {
        builder.FieldType.Access(access);
        return builder;
    }

    public static ConnectionBuilder<TSource> Access<TSource>(this ConnectionBuilder<TSource> builder, FieldAccess access)
    {
        builder.FieldType.Access(access);
        return builder;
    }

    public static FieldType Access(this FieldType field, FieldAccess access)
    {
        field.Metadata[FieldAccess.MetadataKey] = access;
        return field;
    }

    /// <summary>The field's access class, or null when it has none (introspection fields, or a field someone forgot).</summary>
    public static FieldAccess? GetAccess(this IFieldType field) =>
        field.GetMetadata<FieldAccess?>(FieldAccess.MetadataKey);
}
