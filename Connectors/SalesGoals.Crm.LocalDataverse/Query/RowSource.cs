using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.LocalDataverse.Storage;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>Reads rows for projection: the primary name a returned lookup carries, as Dataverse fills EntityReference.Name.</summary>
internal sealed class RowSource(MetadataCatalog metadata, DataStore store)
{
    public string? PrimaryNameOf(EntityReference reference)
    {
        var nameColumn = metadata.Find(reference.LogicalName)?.PrimaryNameAttribute;
        if (nameColumn is null)
        {
            return null;
        }

        var row = store.Table(reference.LogicalName).Get(reference.Id);
        return row is not null && row.Attributes.TryGetValue(nameColumn, out var name) ? name as string : null;
    }
}
