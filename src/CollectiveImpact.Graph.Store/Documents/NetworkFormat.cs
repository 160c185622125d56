using System.Globalization;
using System.Runtime.CompilerServices;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Surveys;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>
/// The vocabulary of the network document, format 1 (docs/format/network-format-v1.md): its format id, the
/// spelling of every enum value and the date format. Kept in one place because the document reader and writer,
/// the GraphQL schema and the SQLite store must all spell <c>SHARES_DATA</c> the same way.
/// </summary>
public static class NetworkFormat
{
    /// <summary>The value of the document's <c>format</c> property.</summary>
    public const string FormatId = "collective-impact-network/1";

    /// <summary>Dates are calendar dates written <c>YYYY-MM-DD</c> (no time, no zone).</summary>
    public const string DateFormat = "yyyy-MM-dd";

    private static readonly EnumNames<Sector> Sectors = new(
        "NONPROFIT", "GOVERNMENT", "BUSINESS", "PHILANTHROPY", "EDUCATION", "HEALTH", "COMMUNITY", "FAITH", "RESEARCH", "OTHER");

    private static readonly EnumNames<TieType> TieTypes = new(
        "COLLABORATES", "COMMUNICATES", "FUNDS", "REFERS", "SHARES_DATA", "FEEDS_INTO");

    private static readonly EnumNames<Direction> Directions = new("INCREASE", "DECREASE");

    private static readonly EnumNames<ActivityStatus> Statuses = new("PLANNED", "ACTIVE", "COMPLETED");

    private static readonly EnumNames<NodeKind> Kinds = new(
        "INITIATIVE", "GOAL", "INDICATOR", "ORGANIZATION", "PERSON", "ACTIVITY");

    private static readonly EnumNames<ContactFrequency> Frequencies = new("DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "YEARLY");

    public static string Name(Sector value) => Sectors.Name(value);

    public static string Name(ContactFrequency value) => Frequencies.Name(value);

    public static string Name(TieType value) => TieTypes.Name(value);

    public static string Name(Direction value) => Directions.Name(value);

    public static string Name(ActivityStatus value) => Statuses.Name(value);

    public static string Name(NodeKind value) => Kinds.Name(value);

    /// <summary>Exact, case-sensitive: only the spelling the format defines is accepted.</summary>
    public static bool TryParseSector(string? name, out Sector value) => Sectors.TryParse(name, out value);

    public static bool TryParseTieType(string? name, out TieType value) => TieTypes.TryParse(name, out value);

    public static bool TryParseDirection(string? name, out Direction value) => Directions.TryParse(name, out value);

    public static bool TryParseActivityStatus(string? name, out ActivityStatus value) => Statuses.TryParse(name, out value);

    public static bool TryParseNodeKind(string? name, out NodeKind value) => Kinds.TryParse(name, out value);

    public static bool TryParseFrequency(string? name, out ContactFrequency value) => Frequencies.TryParse(name, out value);

    /// <summary>The same exact spellings read from UTF-8 bytes (the document reader's fast path, no string made).</summary>
    internal static bool TryParseSector(ReadOnlySpan<byte> utf8, out Sector value) => Sectors.TryParse(utf8, out value);

    internal static bool TryParseTieType(ReadOnlySpan<byte> utf8, out TieType value) => TieTypes.TryParse(utf8, out value);

    internal static bool TryParseActivityStatus(ReadOnlySpan<byte> utf8, out ActivityStatus value) => Statuses.TryParse(utf8, out value);

    /// <summary>Every format name of an enum, in declaration order (for schemas and error messages).</summary>
    public static IReadOnlyList<string> NamesOf<TEnum>()
        where TEnum : struct, Enum =>
        typeof(TEnum) == typeof(Sector) ? Sectors.All
        : typeof(TEnum) == typeof(TieType) ? TieTypes.All
        : typeof(TEnum) == typeof(Direction) ? Directions.All
        : typeof(TEnum) == typeof(ActivityStatus) ? Statuses.All
        : typeof(TEnum) == typeof(NodeKind) ? Kinds.All
        : typeof(TEnum) == typeof(ContactFrequency) ? Frequencies.All
        : throw new ArgumentException($"{typeof(TEnum).Name} is not an enum of the network format.", nameof(TEnum));

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// Accepts exactly <c>YYYY-MM-DD</c> naming a real calendar date: <c>2023-02-29</c>, <c>2023-2-1</c> and
    /// <c>2023-02-01T00:00</c> are all refused.
    /// </summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (text is not { Length: 10 } || !System.Text.Ascii.IsValid(text))
        {
            return false;
        }

        // Ten ASCII characters are ten bytes: the one rule, on bytes, that the document reader's fast path uses too.
        Span<byte> bytes = stackalloc byte[10];
        System.Text.Ascii.FromUtf16(text, bytes, out _);
        return TryParseDate(bytes, out date);
    }

    /// <summary>
    /// <see cref="TryParseDate(string?, out DateOnly)"/> on UTF-8 bytes: ten ASCII characters, digits with '-' at 4 and
    /// 7, a year from 1, a month 1-12 and a day that month has.
    /// </summary>
    internal static bool TryParseDate(ReadOnlySpan<byte> utf8, out DateOnly date)
    {
        date = default;
        if (utf8.Length != 10 || utf8[4] != (byte)'-' || utf8[7] != (byte)'-')
        {
            return false;
        }

        var year = 0;
        var month = 0;
        var day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            var digit = utf8[i] - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The lower-case word for a kind, as messages use it ("organization").</summary>
    internal static string Describe(NodeKind kind) => Kinds.Name(kind).ToLowerInvariant();

    /// <summary>"one of NONPROFIT, GOVERNMENT, ..." for messages about a bad enum value.</summary>
    internal static string DescribeAllowed<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", NamesOf<TEnum>());

    /// <summary>Names indexed by the enum's underlying value, which the domain enums keep dense from 0.</summary>
    private sealed class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        private readonly string[] names;
        private readonly byte[][] utf8Names;
        private readonly Dictionary<string, TEnum> values = new(StringComparer.Ordinal);

        public EnumNames(params string[] names)
        {
            var members = Enum.GetValues<TEnum>();
            if (members.Length != names.Length)
            {
                throw new InvalidOperationException($"{typeof(TEnum).Name} has {members.Length} members but {names.Length} format names.");
            }

            this.names = names;
            utf8Names = Array.ConvertAll(names, System.Text.Encoding.UTF8.GetBytes);
            foreach (var member in members)
            {
                values.Add(names[Index(member)], member);
            }
        }

        public IReadOnlyList<string> All => names;

        public string Name(TEnum value)
        {
            var index = Index(value);
            return (uint)index < (uint)names.Length
                ? names[index]
                : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(TEnum).Name} of the network format.");
        }

        // Every format enum is int-backed; reading the int directly keeps the writer free of boxing.
        private static int Index(TEnum value) => Unsafe.As<TEnum, int>(ref value);

        public bool TryParse(string? name, out TEnum value)
        {
            value = default;
            return name is not null && values.TryGetValue(name, out value);
        }

        public bool TryParse(ReadOnlySpan<byte> utf8, out TEnum value)
        {
            for (var i = 0; i < utf8Names.Length; i++)
            {
                if (utf8.SequenceEqual(utf8Names[i]))
                {
                    value = Unsafe.As<int, TEnum>(ref i);
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}
