using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Standard;

/// <summary>Builds the C# descriptions of standard tables in <see cref="StandardTables"/>.</summary>
internal sealed class TableBuilder
{
    private const int English = 1033;
    private const int Chinese = 2052;
    private readonly List<ColumnDefinition> _columns = [];
    private readonly List<AlternateKeyDefinition> _keys = [];
    private readonly string _logicalName;
    private readonly string _schemaName;
    private readonly string _entitySetName;
    private readonly OwnershipType _ownership;
    private readonly Dictionary<int, string> _names;
    private string _primaryId;
    private string? _primaryName;
    private bool _isActivity;
    private bool _isIntersect;

    public TableBuilder(string logicalName, string schemaName, string entitySetName, OwnershipType ownership, string english, string chinese)
    {
        _logicalName = logicalName;
        _schemaName = schemaName;
        _entitySetName = entitySetName;
        _ownership = ownership;
        _names = new Dictionary<int, string> { [English] = english, [Chinese] = chinese };
        _primaryId = logicalName + "id";
    }

    public TableBuilder Key(string column = "", string label = "")
    {
        _primaryId = column.Length == 0 ? _logicalName + "id" : column;
        return Add(_primaryId, ColumnType.PrimaryKey, label.Length == 0 ? _names[English] : label, RequiredLevel.SystemRequired, create: true, update: false);
    }

    public TableBuilder Name(string column, int maxLength, string label, RequiredLevel required = RequiredLevel.ApplicationRequired)
    {
        _primaryName = column;
        return Text(column, maxLength, label, required);
    }

    public TableBuilder Text(string column, int maxLength, string label, RequiredLevel required = RequiredLevel.None) =>
        Add(column, ColumnType.String, label, required, maxLength: maxLength);

    public TableBuilder Memo(string column, int maxLength, string label) =>
        Add(column, ColumnType.Memo, label, RequiredLevel.None, maxLength: maxLength);

    public TableBuilder Int(string column, string label, int min = int.MinValue, int max = int.MaxValue, bool computed = false) =>
        Add(column, ColumnType.Integer, label, RequiredLevel.None, min: min, max: max, create: !computed, update: !computed);

    public TableBuilder Decimal(string column, string label, int precision, decimal min, decimal max, bool computed = false) =>
        Add(column, ColumnType.Decimal, label, RequiredLevel.None, precision: precision, min: min, max: max, create: !computed, update: !computed);

    public TableBuilder Double(string column, string label, int precision, decimal min, decimal max) =>
        Add(column, ColumnType.Double, label, RequiredLevel.None, precision: precision, min: min, max: max);

    /// <summary>A money column and its platform-computed _base companion (in base currency).</summary>
    public TableBuilder Money(string column, string label, bool computed = false)
    {
        Add(column, ColumnType.Money, label, RequiredLevel.None, precision: 2, min: -922337203685477m, max: 922337203685477m,
            create: !computed, update: !computed, precisionSource: 2, baseColumn: column + "_base");
        return Add(column + "_base", ColumnType.Money, label + " (Base)", RequiredLevel.None, precision: 4,
            min: -922337203685477m, max: 922337203685477m, create: false, update: false, precisionSource: 2);
    }

    public TableBuilder Bool(string column, string label, bool computed = false) =>
        Add(column, ColumnType.Boolean, label, RequiredLevel.None, create: !computed, update: !computed,
            options: new OptionSetDefinition(_logicalName + "_" + column, false, [Option(0, "No"), Option(1, "Yes")]));

    public TableBuilder Date(string column, string label, DateTimeColumnBehavior behavior = DateTimeColumnBehavior.UserLocal, bool dateOnlyFormat = false, bool computed = false) =>
        Add(column, ColumnType.DateTime, label, RequiredLevel.None, behavior: behavior, dateOnly: dateOnlyFormat, create: !computed, update: !computed);

    public TableBuilder Lookup(string column, string label, params string[] targets) =>
        Add(column, ColumnType.Lookup, label, RequiredLevel.None, targets: targets);

    public TableBuilder ReadOnlyLookup(string column, string label, params string[] targets) =>
        Add(column, ColumnType.Lookup, label, RequiredLevel.None, targets: targets, create: false, update: false);

    public TableBuilder Customer(string column, string label, RequiredLevel required = RequiredLevel.None) =>
        Add(column, ColumnType.Customer, label, required, targets: ["account", "contact"]);

    public TableBuilder Guid(string column, string label) =>
        Add(column, ColumnType.UniqueIdentifier, label, RequiredLevel.SystemRequired);

    public TableBuilder EntityName(string column, string label) =>
        Add(column, ColumnType.EntityName, label, RequiredLevel.None);

    public TableBuilder Choice(string column, string label, params (int Value, string Label)[] options) =>
        Add(column, ColumnType.Picklist, label, RequiredLevel.None,
            options: new OptionSetDefinition(_logicalName + "_" + column, false, options.Select(o => Option(o.Value, o.Label)).ToArray()));

    public TableBuilder States(params (int Value, string Label, int DefaultStatus)[] states) =>
        Add("statecode", ColumnType.State, "Status", RequiredLevel.SystemRequired,
            options: new OptionSetDefinition(_logicalName + "_statecode", false,
                states.Select(s => new OptionDefinition(s.Value, Labels(s.Label), null, s.DefaultStatus) { InvariantName = s.Label.Replace(" ", "", System.StringComparison.Ordinal) }).ToArray()));

    public TableBuilder Statuses(params (int Value, string Label, int State)[] statuses) =>
        Add("statuscode", ColumnType.Status, "Status Reason", RequiredLevel.None,
            options: new OptionSetDefinition(_logicalName + "_statuscode", false,
                statuses.Select(s => new OptionDefinition(s.Value, Labels(s.Label), s.State, null)).ToArray()));

    /// <summary>createdon/by, modifiedon/by, their delegates, overriddencreatedon, versionnumber.</summary>
    public TableBuilder Audit()
    {
        Date("createdon", "Created On", computed: true);
        ReadOnlyLookup("createdby", "Created By", "systemuser");
        ReadOnlyLookup("createdonbehalfby", "Created By (Delegate)", "systemuser");
        Date("modifiedon", "Modified On", computed: true);
        ReadOnlyLookup("modifiedby", "Modified By", "systemuser");
        ReadOnlyLookup("modifiedonbehalfby", "Modified By (Delegate)", "systemuser");
        Add("overriddencreatedon", ColumnType.DateTime, "Record Created On", RequiredLevel.None, behavior: DateTimeColumnBehavior.UserLocal, dateOnly: true, update: false);
        return Version();
    }

    /// <summary>The row version the platform bumps on every change (optimistic concurrency).</summary>
    public TableBuilder Version() =>
        Add("versionnumber", ColumnType.BigInt, "Version Number", RequiredLevel.None, create: false, update: false);

    /// <summary>ownerid (user or team) and the owning user/team/business unit it implies.</summary>
    public TableBuilder Owned()
    {
        Add("ownerid", ColumnType.Owner, "Owner", RequiredLevel.SystemRequired, targets: ["systemuser", "team"]);
        ReadOnlyLookup("owninguser", "Owning User", "systemuser");
        ReadOnlyLookup("owningteam", "Owning Team", "team");
        return ReadOnlyLookup("owningbusinessunit", "Owning Business Unit", "businessunit");
    }

    /// <summary>transactioncurrencyid and exchangerate, which every table with money columns has.</summary>
    public TableBuilder Currency()
    {
        Lookup("transactioncurrencyid", "Currency", "transactioncurrency");
        return Decimal("exchangerate", "Exchange Rate", 10, 0.0000000001m, 100000000000m, computed: true);
    }

    /// <summary>The columns every activity table shares (activityid is the primary key).</summary>
    public TableBuilder Activity()
    {
        _isActivity = true;
        Key("activityid", _names[English]);
        Name("subject", 400, "Subject", RequiredLevel.None);
        Memo("description", 2000, "Description");
        Add("regardingobjectid", ColumnType.Lookup, "Regarding", RequiredLevel.None,
            targets: ["account", "contact", "lead", "opportunity", "invoice", "product"]);
        Date("scheduledstart", "Start Date");
        Date("scheduledend", "Due Date");
        Date("actualstart", "Actual Start");
        Date("actualend", "Actual End");
        Int("actualdurationminutes", "Actual Duration");
        return EntityName("activitytypecode", "Activity Type");
    }

    public TableBuilder Intersect()
    {
        _isIntersect = true;
        return this;
    }

    public TableBuilder AlternateKey(string name, params string[] columns)
    {
        _keys.Add(new AlternateKeyDefinition(name, columns));
        return this;
    }

    public TableDefinition Build() =>
        new(_logicalName, _schemaName, _entitySetName, _primaryId, _primaryName, _ownership, _columns.ToArray(), _keys.ToArray(),
            _names, IsCustom: false, IsExtensionOfStandardTable: false)
        {
            IsActivity = _isActivity,
            IsIntersect = _isIntersect,
        };

    private static OptionDefinition Option(int value, string label) => new(value, Labels(label), null, null);

    private static Dictionary<int, string> Labels(string english) => new() { [English] = english };

    private TableBuilder Add(
        string column,
        ColumnType type,
        string label,
        RequiredLevel required,
        int? maxLength = null,
        int? precision = null,
        decimal? min = null,
        decimal? max = null,
        IReadOnlyList<string>? targets = null,
        OptionSetDefinition? options = null,
        DateTimeColumnBehavior? behavior = null,
        bool dateOnly = false,
        bool create = true,
        bool update = true,
        int? precisionSource = null,
        string? baseColumn = null)
    {
        _columns.Add(new ColumnDefinition(
            column, column, type, required, maxLength, precision, min, max, targets ?? [], options, behavior, Labels(label), IsCustom: false)
        {
            IsDateOnlyFormat = dateOnly,
            IsValidForCreate = create,
            IsValidForUpdate = update,
            PrecisionSource = precisionSource,
            BaseColumn = baseColumn,
        });
        return this;
    }
}
