using GraphQLParser;
using GraphQLParser.Exceptions;

namespace CollectiveImpact.Graph.Api.GraphQL.Limits;

/// <summary>
/// Counts the lexical tokens of a query text with GraphQLParser's own lexer, before anything is parsed: the parser
/// has a depth limit but no token limit, and the syntax tree it builds grows with the tokens.
/// </summary>
public static class TokenCounter
{
    private const int TokensBetweenCancellationChecks = 1024;

    /// <summary>
    /// The number of tokens, or <paramref name="stopAfter"/> + 1 as soon as there are more. A text the lexer cannot
    /// read is counted up to its first bad token; the parser then reports the syntax error.
    /// </summary>
    public static int Count(string text, int stopAfter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var position = 0;
        while (count <= stopAfter)
        {
            Token token;
            try
            {
                token = Lexer.Lex(text, position);
            }
            catch (GraphQLSyntaxErrorException)
            {
                return count;
            }

            if (token.Kind == TokenKind.EOF)
            {
                return count;
            }

            count++;
            position = token.End;
            if (count % TokensBetweenCancellationChecks == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return count;
    }
}
