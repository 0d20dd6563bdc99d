using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>One condition: attribute, operator and values (optionally on a linked table's alias).</summary>
[DataContract(Name = "ConditionExpression", Namespace = XrmNamespaces.Contracts)]
public sealed class ConditionExpression : IExtensibleDataObject
{
    private DataCollection<object> _values;

    public ConditionExpression()
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
        : this(null, attributeName, conditionOperator)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(null, attributeName, conditionOperator, new[] { value })
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(null, attributeName, conditionOperator, values)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
        : this(null, attributeName, conditionOperator, values)
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
    {
        EntityName = entityName;
        AttributeName = attributeName;
        Operator = conditionOperator;
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(entityName, attributeName, conditionOperator, new[] { value })
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(entityName, attributeName, conditionOperator)
    {
        if (values != null)
        {
            Values.AddRange(values);
        }
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, ICollection values)
        : this(entityName, attributeName, conditionOperator)
    {
        if (values != null)
        {
            foreach (var value in values)
            {
                Values.Add(value);
            }
        }
    }

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

    [DataMember]
    public string EntityName { get; set; }

    [DataMember]
    public bool CompareColumns { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
