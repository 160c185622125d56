using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Data.Sqlite;
using static CollectiveImpact.Graph.Store.Sqlite.SqliteRowMapping;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// Applies an already validated change inside the caller's transaction. Each statement is prepared once per write
/// and re-run with new values bound by position for every row (<see cref="SqliteRowStatement"/>), which is what makes
/// a 200k-node import take seconds.
/// </summary>
/// <remarks>
/// Merge: the deletions first (cascades remove a node's ties, an indicator's measurements, a goal's commitments),
/// then the upserts, kind by kind. An upsert updates a row in place (keeping its <c>seq</c>, hence its place in the
/// snapshot) and replaces the lists it owns. Replace: every table is emptied, then the upserts are inserted.
/// </remarks>
internal sealed class SqliteNetworkWriter(SqliteConnection connection, SqliteTransaction transaction, Action<string>? afterStep)
{
    private static readonly string[] ClearOrder =
    [
        "ties", "measurements", "activity_partners", "activity_indicators", "activity_populations", "activity_places",
        "activities", "people", "organization_goals", "initiative", "organizations", "indicators", "goals", "nodes",
    ];

    public void Apply(NetworkChange change)
    {
        var merge = change.Mode == ChangeMode.Merge;
        if (merge)
        {
            Delete(change);
        }
        else
        {
            Run(string.Concat(ClearOrder.Select(table => $"DELETE FROM {table};")));
        }

        Step("deletes");

        // A large replace loads empty tables: filling the secondary indexes once, sorted, after the rows are in costs
        // far less than keeping them up to date row by row. Dropped and created again inside this transaction, so a
        // failed write rolls them back with everything else.
        var rebuiltIndexes = !merge && change.Upserts.Counts.Total >= BulkLoadEntries ? DropSecondaryIndexes() : [];
        Upsert(change.Upserts, replaceOwnedLists: merge);
        foreach (var sql in rebuiltIndexes)
        {
            Run(sql);
        }

        if (rebuiltIndexes.Count > 0)
        {
            Step("indexes");
        }
    }

    /// <summary>Entries from which a replace drops the secondary indexes during the load (<see cref="Apply"/>).</summary>
    internal const int BulkLoadEntries = 10_000;

    /// <summary>Drops every index created by the schema (not those SQLite keeps for primary keys and UNIQUE); returns their definitions.</summary>
    private List<string> DropSecondaryIndexes()
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var list = SqlCommand("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name;"))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            Run($"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\";");
        }

        return [.. indexes.Select(i => i.Sql + ";")];
    }

    public void SetVersion(long version)
    {
        using var command = Command($"UPDATE meta SET value = $version WHERE key = '{SqliteSchema.NetworkVersionKey}';", "$version");
        command.Run(version);
    }

    private void Delete(NetworkChange change)
    {
        using (var ties = Command("DELETE FROM ties WHERE key_from = $from AND key_to = $to AND type = $type;", "$from", "$to", "$type"))
        {
            foreach (var given in change.DeleteTies)
            {
                var key = TieKey.Of(given.From, given.To, given.Type);
                Execute(ties, key.From, key.To, key.Type.ToString());
            }
        }

        using (var measurements = Command("DELETE FROM measurements WHERE indicator = $indicator AND date = $date;", "$indicator", "$date"))
        {
            foreach (var key in change.DeleteMeasurements)
            {
                Execute(measurements, key.Indicator, Text(key.Date));
            }
        }

        using var nodes = Command("DELETE FROM nodes WHERE id = $id;", "$id");
        foreach (var id in change.DeleteNodes)
        {
            Execute(nodes, id);
        }
    }

    private void Upsert(Network upserts, bool replaceOwnedLists)
    {
        using (var goals = NodeCommand(NodeKind.Goal, "goals", "name", "description"))
        {
            foreach (var g in upserts.Goals)
            {
                goals.Add(g.Id, g.Name, Value(g.Description));
            }

            goals.Flush();
        }

        Step("goals");
        using (var indicators = NodeCommand(
            NodeKind.Indicator, "indicators", "name", "goal", "unit", "direction", "baseline_value", "baseline_date", "target_value", "target_date"))
        {
            foreach (var i in upserts.Indicators)
            {
                indicators.Add(i.Id, i.Name, i.Goal, Value(i.Unit), i.Direction.ToString(),
                    Value(i.Baseline?.Value), Value(i.Baseline?.Date), Value(i.Target?.Value), Value(i.Target?.Date));
            }

            indicators.Flush();
        }

        Step("indicators");
        using (var organizations = NodeCommand(NodeKind.Organization, "organizations", "name", "sector", "community_led", "since", "until"))
        using (var goals = new OwnedList(this, "organization_goals", "organization", "goal", replaceOwnedLists))
        {
            foreach (var o in upserts.Organizations)
            {
                organizations.Add(o.Id, o.Name, Value(o.Sector), o.CommunityLed ? 1 : 0, Value(o.Since), Value(o.Until));
                goals.Write(o.Id, o.Goals);
            }

            organizations.Flush();
            goals.Flush();
        }

        Step("organizations");
        using (var people = NodeCommand(NodeKind.Person, "people", "name", "organization", "role", "email", "community_member", "since", "until"))
        {
            foreach (var p in upserts.People)
            {
                people.Add(p.Id, p.Name, Value(p.Organization), Value(p.Role), Value(p.Email), p.CommunityMember ? 1 : 0, Value(p.Since), Value(p.Until));
            }

            people.Flush();
        }

        Step("people");
        using (var activities = NodeCommand(NodeKind.Activity, "activities", "name", "lead", "status", "start_date", "end_date"))
        using (var partners = new OwnedList(this, "activity_partners", "activity", "organization", replaceOwnedLists))
        using (var moved = new OwnedList(this, "activity_indicators", "activity", "indicator", replaceOwnedLists))
        using (var populations = new OwnedList(this, "activity_populations", "activity", "population", replaceOwnedLists))
        using (var places = new OwnedList(this, "activity_places", "activity", "place", replaceOwnedLists))
        {
            foreach (var a in upserts.Activities)
            {
                activities.Add(a.Id, a.Name, a.Lead, Value(a.Status), Value(a.Start), Value(a.End));
                partners.Write(a.Id, a.Partners);
                moved.Write(a.Id, a.Indicators);
                populations.Write(a.Id, a.Populations);
                places.Write(a.Id, a.Places);
            }

            activities.Flush();
            partners.Flush();
            moved.Flush();
            populations.Flush();
            places.Flush();
        }

        Step("activities");
        if (upserts.Initiative is { } initiative)
        {
            // The network has one initiative: a different id replaces the stored one rather than adding a second.
            using (var others = Command("DELETE FROM nodes WHERE kind = 'initiative' AND id <> $id;", "$id"))
            {
                Execute(others, initiative.Id);
            }

            using var command = NodeCommand(NodeKind.Initiative, "initiative", "name", "backbone", "description");
            command.Add(initiative.Id, initiative.Name, Value(initiative.Backbone), Value(initiative.Description));
            command.Flush();
        }

        Step("initiative");
        using (var measurements = Batch(
            rows => $"INSERT INTO measurements (indicator, date, value, reported_by) VALUES {SqliteRowBatch.Tuples(rows, "($indicator_{r}, $date_{r}, $value_{r}, $reportedBy_{r})")} " +
                "ON CONFLICT (indicator, date) DO UPDATE SET value = excluded.value, reported_by = excluded.reported_by;",
            "$indicator", "$date", "$value", "$reportedBy"))
        {
            foreach (var m in upserts.Measurements)
            {
                measurements.Add(m.Indicator, Text(m.Date), m.Value, Value(m.ReportedBy));
            }

            measurements.Flush();
        }

        Step("measurements");
        // One row a statement here: a 64-row upsert of ties measured slower than row by row (1.0-1.1 s against
        // 0.62-0.81 s for the 20,000-organization document, `--time-import`), unlike the node kinds, which it halved.
        using (var ties = Command(
            "INSERT INTO ties (key_from, key_to, type, reversed, weight, since, until) " +
            "VALUES ($from, $to, $type, $reversed, $weight, $since, $until) ON CONFLICT (key_from, key_to, type) DO UPDATE SET " +
            "reversed = excluded.reversed, weight = excluded.weight, since = excluded.since, until = excluded.until;",
            "$from", "$to", "$type", "$reversed", "$weight", "$since", "$until"))
        {
            foreach (var t in upserts.Ties)
            {
                var key = t.Key;
                var reversed = !string.Equals(key.From, t.From, StringComparison.Ordinal);
                Execute(ties, key.From, key.To, key.Type.ToString(), reversed ? 1 : 0, Value(t.Weight), Value(t.Since), Value(t.Until));
            }
        }

        Step("ties");
    }

    /// <summary>
    /// Registers the ids in <c>nodes</c> (a clash with another kind fails the (id, kind) foreign key at commit) and
    /// upserts the kind's rows, many rows a statement. Parameters: <c>$id</c>, then the columns in order.
    /// </summary>
    private SqliteRowBatch NodeCommand(NodeKind kind, string table, params string[] columns)
    {
        var names = columns.Select(c => "$" + c).ToArray();
        var tuple = $"($id_{{r}}, {string.Join(", ", names.Select(n => n + "_{r}"))})";
        return Batch(
            rows =>
                $"INSERT INTO nodes (id, kind) VALUES {SqliteRowBatch.Tuples(rows, $"($id_{{r}}, '{KindName(kind)}')")} ON CONFLICT (id) DO NOTHING;" +
                $"INSERT INTO {table} (id, {string.Join(", ", columns)}) VALUES {SqliteRowBatch.Tuples(rows, tuple)} " +
                $"ON CONFLICT (id) DO UPDATE SET {string.Join(", ", columns.Select(c => $"{c} = excluded.{c}"))};",
            ["$id", .. names]);
    }

    /// <summary>A statement run once per row (<see cref="Execute"/>), inside the write's transaction.</summary>
    private SqliteRowStatement Command(string sql, params string[] parameterNames) => new(connection, sql, parameterNames);

    /// <summary>Rows written many to a statement (<see cref="SqliteRowBatch"/>), inside the write's transaction.</summary>
    private SqliteRowBatch Batch(Func<int, string> sqlForRows, params string[] parameterNames) => new(connection, sqlForRows, parameterNames);

    private static void Execute(SqliteRowStatement command, params object[] values) => command.Run(values);

    private void Run(string sql)
    {
        using var command = SqlCommand(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand SqlCommand(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private void Step(string name) => afterStep?.Invoke(name);

    /// <summary>A list an entity owns, kept in its own table with an ordinal so the order round-trips.</summary>
    private sealed class OwnedList : IDisposable
    {
        private readonly SqliteRowBatch insert;
        private readonly SqliteRowStatement? clear;

        public OwnedList(SqliteNetworkWriter writer, string table, string ownerColumn, string valueColumn, bool replaceExisting)
        {
            // The rows of one owner are cleared before any of its new rows is added; kept rows of earlier owners are
            // theirs alone, so writing them later changes nothing.
            insert = writer.Batch(
                rows => $"INSERT INTO {table} ({ownerColumn}, ordinal, {valueColumn}) VALUES {SqliteRowBatch.Tuples(rows, "($owner_{r}, $ordinal_{r}, $value_{r})")};",
                "$owner", "$ordinal", "$value");
            clear = replaceExisting ? writer.Command($"DELETE FROM {table} WHERE {ownerColumn} = $owner;", "$owner") : null;
        }

        public void Write(string owner, IReadOnlyList<string> values)
        {
            if (clear is not null)
            {
                Execute(clear, owner);
            }

            for (var i = 0; i < values.Count; i++)
            {
                insert.Add(owner, i, values[i]);
            }
        }

        public void Flush() => insert.Flush();

        public void Dispose()
        {
            insert.Dispose();
            clear?.Dispose();
        }
    }
}
