using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A choice (option set) value; equal when the numbers are equal.</summary>
[DataContract(Name = "OptionSetValue", Namespace = XrmNamespaces.Contracts)]
public sealed class OptionSetValue : IExtensibleDataObject
{
    public OptionSetValue()
    {
    }

    public OptionSetValue(int value)
    {
        Value = value;
    }

    [DataMember]
    public int Value { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public override bool Equals(object obj)
    {
        return obj is OptionSetValue other && Value == other.Value;
    }

    public override int GetHashCode()
    {
        return Value.GetHashCode();
    }
}
