using System;
using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// One condition: attribute, operator and values (optionally on a linked table's alias, or
/// comparing with another column when <see cref="CompareColumns"/> is set).
/// </summary>
[DataContract(Name = "ConditionExpression", Namespace = XrmNamespaces.Contracts)]
public sealed class ConditionExpression : IExtensibleDataObject
{
    private DataCollection<object> _values;

    public ConditionExpression()
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(null, attributeName, conditionOperator, values)
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
    {
        EntityName = entityName;
        AttributeName = attributeName;
        Operator = conditionOperator;
        if (values != null)
        {
            _values = new DataCollection<object>(values);
        }
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(entityName, attributeName, conditionOperator, values)
    {
        CompareColumns = compareColumns;
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(entityName, attributeName, conditionOperator, compareColumns, new[] { value })
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(null, attributeName, conditionOperator, compareColumns, new[] { value })
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(null, attributeName, conditionOperator, compareColumns, values)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(attributeName, conditionOperator, new[] { value })
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(entityName, attributeName, conditionOperator, new[] { value })
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
        : this(null, attributeName, conditionOperator, Array.Empty<object>())
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
        : this(entityName, attributeName, conditionOperator, Array.Empty<object>())
    {
    }

    /// <summary>Takes the items of a collection one by one (so a <c>Guid[]</c> becomes several values).</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
    {
        AttributeName = attributeName;
        Operator = conditionOperator;
        if (values != null)
        {
            _values = new DataCollection<object>();
            foreach (var value in values)
            {
                _values.Add(value);
            }
        }
    }

    /// <summary>The alias (or name) of the linked table the attribute belongs to; null for the query's own table.</summary>
    [DataMember(Order = 60)]
    public string EntityName { get; set; }

    [DataMember]
    public bool CompareColumns { get; set; }

    [DataMember]
    public string AttributeName { get; set; }

    [DataMember]
    public ConditionOperator Operator { get; set; }

    [DataMember]
    public DataCollection<object> Values
    {
        get => _values ??= new DataCollection<object>();
        private set => _values = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }
}
