using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Marks an early-bound property with the attribute logical name it maps to.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class AttributeLogicalNameAttribute : Attribute
{
    public AttributeLogicalNameAttribute(string logicalName)
    {
        LogicalName = logicalName;
    }

    public string LogicalName { get; private set; }
}
