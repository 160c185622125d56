using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Data.Sqlite;
using static CollectiveImpact.Graph.Store.Sqlite.SqliteRowMapping;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// The queries, run inside the caller's transaction so that several of them see one consistent version.
/// Snapshot lists come in <c>seq</c> order (the order entries were first written); pages come in key order.
/// </summary>
internal sealed class SqliteNetworkReader(SqliteConnection connection, SqliteTransaction transaction)
{
    private static readonly ActivityLists NoActivityLists = new(ChildLists.Empty, ChildLists.Empty, ChildLists.Empty, ChildLists.Empty);

    public long ReadVersion()
    {
        using var command = Command($"SELECT value FROM meta WHERE key = '{SqliteSchema.NetworkVersionKey}';");
        return (long)command.ExecuteScalar()!;
    }

    public Network ReadNetwork()
    {
        var organizationGoals = ReadChildLists("organization_goals", "organization", "goal", owners: null);
        var activityLists = ReadActivityLists(owners: null);
        return new Network(
            ReadInitiative(),
            ReadAll("goals", GoalColumns, ReadGoal),
            ReadAll("indicators", IndicatorColumns, ReadIndicator),
            ReadAll("measurements", MeasurementColumns, ReadMeasurement),
            ReadAll("organizations", OrganizationColumns, r => ReadOrganization(r, organizationGoals)),
            ReadAll("people", PersonColumns, ReadPerson),
            ReadAll("activities", ActivityColumns, r => ReadActivity(r, activityLists)),
            ReadAll("ties", TieColumns, ReadTie));
    }

    public Initiative? ReadInitiative() =>
        ReadAll("initiative", InitiativeColumns, SqliteRowMapping.ReadInitiative).FirstOrDefault();

    /// <summary>The nodes with these ids, in the order first asked for; unknown ids are left out.</summary>
    public IReadOnlyList<INetworkNode> ReadNodes(IReadOnlyCollection<string> ids)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var idsJson = JsonArray(wanted);
        var found = new Dictionary<string, INetworkNode>(StringComparer.Ordinal);
        void Collect<T>(string table, string columns, Func<SqliteDataReader, T> read)
            where T : INetworkNode
        {
            using var command = Command($"SELECT {columns} FROM {table} t WHERE t.id IN (SELECT value FROM json_each($ids));");
            command.Parameters.AddWithValue("$ids", idsJson);
            foreach (var node in Rows(command, read))
            {
                found[node.Id] = node;
            }
        }

        Collect("initiative", InitiativeColumns, SqliteRowMapping.ReadInitiative);
        Collect("goals", GoalColumns, ReadGoal);
        Collect("indicators", IndicatorColumns, ReadIndicator);
        var organizationGoals = ReadChildLists("organization_goals", "organization", "goal", idsJson);
        Collect("organizations", OrganizationColumns, r => ReadOrganization(r, organizationGoals));
        Collect("people", PersonColumns, ReadPerson);
        var activityLists = ReadActivityLists(idsJson);
        Collect("activities", ActivityColumns, r => ReadActivity(r, activityLists));

        return wanted.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public Page<Goal> ListGoals(GoalFilter filter, PageRequest page)
    {
        var where = new SqlConditions();
        where.AddNameContains(filter.NameContains);
        return ListNodes("goals", GoalColumns, where, page, ReadGoal);
    }

    public Page<Indicator> ListIndicators(IndicatorFilter filter, PageRequest page)
    {
        var where = new SqlConditions();
        where.AddAnyOf(filter.Goals, set => $"t.goal IN {set}");
        where.AddNameContains(filter.NameContains);
        return ListNodes("indicators", IndicatorColumns, where, page, ReadIndicator);
    }

    public Page<Organization> ListOrganizations(OrganizationFilter filter, PageRequest page)
    {
        var where = new SqlConditions();
        where.AddAnyOf(filter.Sectors?.Select(s => s.ToString()), set => $"t.sector IN {set}");
        where.AddAnyOf(filter.Goals, set =>
            $"EXISTS (SELECT 1 FROM organization_goals c WHERE c.organization = t.id AND c.goal IN {set})");
        if (filter.CommunityLed is { } communityLed)
        {
            where.Add(communityLed ? 1 : 0, name => $"t.community_led = {name}");
        }

        where.AddNameContains(filter.NameContains);
        var page1 = ListNodes("organizations", OrganizationColumns, where, page, r => ReadOrganization(r, ChildLists.Empty));
        var goals = ReadChildLists("organization_goals", "organization", "goal", JsonArray(page1.Items.Select(o => o.Id)));
        return page1 with { Items = page1.Items.Select(o => o with { Goals = goals.Of(o.Id) }).ToList() };
    }

    public Page<Person> ListPeople(PersonFilter filter, PageRequest page)
    {
        var where = new SqlConditions();
        where.AddAnyOf(filter.Organizations, set => $"t.organization IN {set}");
        where.AddNameContains(filter.NameContains);
        return ListNodes("people", PersonColumns, where, page, ReadPerson);
    }

    public Page<Activity> ListActivities(ActivityFilter filter, PageRequest page)
    {
        var where = new SqlConditions();
        where.AddAnyOf(filter.Goals, set =>
            "EXISTS (SELECT 1 FROM activity_indicators c JOIN indicators i ON i.id = c.indicator " +
            $"WHERE c.activity = t.id AND i.goal IN {set})");
        where.AddAnyOf(filter.Indicators, set =>
            $"EXISTS (SELECT 1 FROM activity_indicators c WHERE c.activity = t.id AND c.indicator IN {set})");
        where.AddAnyOf(filter.Statuses?.Select(s => s.ToString()), set => $"t.status IN {set}");
        where.AddAnyOf(filter.Organizations, set =>
            $"t.lead IN {set} OR EXISTS (SELECT 1 FROM activity_partners c WHERE c.activity = t.id AND c.organization IN {set})");
        where.AddNameContains(filter.NameContains);
        var page1 = ListNodes("activities", ActivityColumns, where, page, r => ReadActivity(r, NoActivityLists));
        var lists = ReadActivityLists(JsonArray(page1.Items.Select(a => a.Id)));
        return page1 with
        {
            Items = page1.Items.Select(a => a with
            {
                Partners = lists.Partners.Of(a.Id),
                Indicators = lists.Indicators.Of(a.Id),
                Populations = lists.Populations.Of(a.Id),
                Places = lists.Places.Of(a.Id),
            }).ToList(),
        };
    }

    public Page<Tie> ListTies(TieFilter filter, PageRequest page)
    {
        var where = new SqlConditions();
        where.AddAnyOf(filter.Types?.Select(t => t.ToString()), set => $"t.type IN {set}");
        where.AddAnyOf(filter.Nodes, set => $"t.key_from IN {set} OR t.key_to IN {set}");
        var total = Count("ties", where);

        var after = "1";
        TieKey? afterKey = null;
        if (page.After is not null)
        {
            afterKey = StoreRules.ParseTieCursor(page.After);
            after = "(t.key_from, t.key_to, t.type) > ($afterFrom, $afterTo, $afterType)";
        }

        using var command = Command(
            $"SELECT {TieColumns} FROM ties t WHERE {where.Sql} AND {after} " +
            "ORDER BY t.key_from, t.key_to, t.type LIMIT $limit;");
        where.Bind(command);
        if (afterKey is { } key)
        {
            command.Parameters.AddWithValue("$afterFrom", key.From);
            command.Parameters.AddWithValue("$afterTo", key.To);
            command.Parameters.AddWithValue("$afterType", key.Type.ToString());
        }

        command.Parameters.AddWithValue("$limit", Limit(page));
        return StoreRules.ToPage(Rows(command, ReadTie), page, total);
    }

    /// <summary>Measurements of these indicators, by indicator then date (ISO dates sort as text).</summary>
    public IReadOnlyList<Measurement> ListMeasurements(IReadOnlyCollection<string> indicatorIds)
    {
        using var command = Command(
            $"SELECT {MeasurementColumns} FROM measurements t " +
            "WHERE t.indicator IN (SELECT value FROM json_each($ids)) ORDER BY t.indicator, t.date;");
        command.Parameters.AddWithValue("$ids", JsonArray(indicatorIds));
        return Rows(command, ReadMeasurement);
    }

    private static int Limit(PageRequest page) => page.First is { } first ? first + 1 : -1;

    /// <summary>A page of one node kind in id order; kinds that own lists fill them in for the page afterwards.</summary>
    private Page<T> ListNodes<T>(string table, string columns, SqlConditions where, PageRequest page, Func<SqliteDataReader, T> read)
    {
        var total = Count(table, where);
        var after = page.After is null ? "1" : "t.id > $after";
        using var command = Command(
            $"SELECT {columns} FROM {table} t WHERE {where.Sql} AND {after} ORDER BY t.id LIMIT $limit;");
        where.Bind(command);
        if (page.After is not null)
        {
            command.Parameters.AddWithValue("$after", page.After);
        }

        command.Parameters.AddWithValue("$limit", Limit(page));
        return StoreRules.ToPage(Rows(command, read), page, total);
    }

    private int Count(string table, SqlConditions where)
    {
        using var command = Command($"SELECT count(*) FROM {table} t WHERE {where.Sql};");
        where.Bind(command);
        return checked((int)(long)command.ExecuteScalar()!);
    }

    private List<T> ReadAll<T>(string table, string columns, Func<SqliteDataReader, T> read)
    {
        using var command = Command($"SELECT {columns} FROM {table} t ORDER BY t.seq;");
        return Rows(command, read);
    }

    private ActivityLists ReadActivityLists(string? owners) => new(
        ReadChildLists("activity_partners", "activity", "organization", owners),
        ReadChildLists("activity_indicators", "activity", "indicator", owners),
        ReadChildLists("activity_populations", "activity", "population", owners),
        ReadChildLists("activity_places", "activity", "place", owners));

    /// <summary>A child table's values per owner, in ordinal order; <paramref name="owners"/> null reads every owner.</summary>
    private ChildLists ReadChildLists(string table, string ownerColumn, string valueColumn, string? owners)
    {
        var where = owners is null ? "" : $"WHERE {ownerColumn} IN (SELECT value FROM json_each($owners))";
        using var command = Command($"SELECT {ownerColumn}, {valueColumn} FROM {table} {where} ORDER BY {ownerColumn}, ordinal;");
        if (owners is not null)
        {
            command.Parameters.AddWithValue("$owners", owners);
        }

        var byOwner = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        List<string>? current = null;
        string? currentOwner = null;
        while (reader.Read())
        {
            var owner = reader.GetString(0);
            if (owner != currentOwner)
            {
                current = [];
                byOwner[owner] = current;
                currentOwner = owner;
            }

            current!.Add(reader.GetString(1));
        }

        return byOwner.Count == 0 ? ChildLists.Empty : new ChildLists(byOwner);
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static List<T> Rows<T>(SqliteCommand command, Func<SqliteDataReader, T> read)
    {
        var rows = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
