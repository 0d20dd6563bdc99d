using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The columns a query or retrieve returns: a list of names, or all columns.</summary>
[DataContract(Name = "ColumnSet", Namespace = XrmNamespaces.Contracts)]
public sealed class ColumnSet : IExtensibleDataObject
{
    private DataCollection<string> _columns;

    public ColumnSet()
    {
    }

    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
    {
        _columns = new DataCollection<string>(columns);
    }

    [DataMember]
    public bool AllColumns { get; set; }

    [DataMember]
    public DataCollection<string> Columns
    {
        get => _columns ??= new DataCollection<string>();
        set => _columns = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public void AddColumn(string column)
    {
        Columns.Add(column);
    }

    public void AddColumns(params string[] columns)
    {
        foreach (var column in columns)
        {
            Columns.Add(column);
        }
    }
}
