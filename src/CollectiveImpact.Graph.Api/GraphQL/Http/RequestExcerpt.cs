using System.Text;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace CollectiveImpact.Graph.Api.GraphQL.Http;

/// <summary>
/// What the log may say about a GraphQL request: its operation name and the start of its query, rebuilt from the
/// query's tokens with every string literal's content left out (an inline argument may carry personal data or a
/// secret) and cut after <see cref="MaxLength"/> characters. Never the variables, never a header: a log line stays
/// small whatever the request, and holds nothing that was not in the shape of the query itself.
/// </summary>
public static class RequestExcerpt
{
    public const int MaxLength = 200;

    public static string For(string? operationName, string? query)
    {
        var name = string.IsNullOrEmpty(operationName) ? "(anonymous)" : Cut(operationName, 100);
        return $"operation {name}: {Start(query ?? "")}";
    }

    private static string Start(string query)
    {
        var excerpt = new StringBuilder();
        var position = 0;
        try
        {
            while (excerpt.Length < MaxLength)
            {
                var token = Lexer.Lex(query, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return excerpt.ToString();
                }

                if (excerpt.Length > 0)
                {
                    excerpt.Append(' ');
                }

                excerpt.Append(token.Kind switch
                {
                    TokenKind.STRING => "\"…\"",
                    TokenKind.COMMENT => "#…",
                    _ => query.AsSpan(token.Start, token.End - token.Start),
                });
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // Not GraphQL from here on: nothing more of it goes to the log.
            excerpt.Append(" (not GraphQL after this)");
            return excerpt.ToString();
        }

        return $"{Cut(excerpt.ToString(), MaxLength)} … ({query.Length} characters in all)";
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
