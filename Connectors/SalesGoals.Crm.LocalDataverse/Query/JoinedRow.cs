using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>A root row with the linked rows chosen for it, by alias (null for an outer join without a match).</summary>
internal sealed class JoinedRow
{
    private readonly Dictionary<string, Entity?> _rows;

    public JoinedRow(string rootAlias, Entity root)
    {
        Root = root;
        _rows = new Dictionary<string, Entity?>(System.StringComparer.Ordinal) { [rootAlias] = root };
    }

    private JoinedRow(Entity root, Dictionary<string, Entity?> rows)
    {
        Root = root;
        _rows = rows;
    }

    public Entity Root { get; }

    public Entity? Get(string alias) => _rows.TryGetValue(alias, out var row) ? row : null;

    public object? Value(string alias, string attribute) =>
        Get(alias) is { } row && row.Attributes.TryGetValue(attribute, out var value) ? value : null;

    public JoinedRow With(string alias, Entity? row) => new(Root, new Dictionary<string, Entity?>(_rows, System.StringComparer.Ordinal) { [alias] = row });
}
