using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL;
using GraphQL.Instrumentation;

namespace CollectiveImpact.Graph.Api.GraphQL.Authorization;

/// <summary>
/// Checks every field as it resolves: the concrete field's access class against the caller's role (this catches
/// what an interface selection hid from <see cref="FieldAccessRule"/>, e.g. <c>node(id) { name }</c> on a person),
/// and for a person's fields, whether the caller may see that person at all. A field without an access class is
/// refused: new fields are closed until someone classifies them.
/// </summary>
public sealed class FieldAccessMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var field = context.FieldDefinition;
        if (field.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return next(context);
        }

        var caller = context.Caller();
        var access = field.GetAccess();
        // The field's name is spelled out only for a refusal: this runs for every field of every response.
        if (access is null || !access.Allows(caller.Role))
        {
            throw new ApiError(ErrorCodes.Forbidden, FieldAccessRule.Message($"{context.ParentType.Name}.{field.Name}", access, caller));
        }

        if (context.Source is Person person && !PersonVisibility.CanSee(caller, person))
        {
            var name = $"{context.ParentType.Name}.{field.Name}";
            throw new ApiError(ErrorCodes.Forbidden, caller.Role == Auth.Roles.Partner
                ? $"{name}: person '{person.Id}' is not of your organization; a partner sees only its own organization's people."
                : $"{name}: the {caller.Role} role may not see people.");
        }

        return next(context);
    }
}
