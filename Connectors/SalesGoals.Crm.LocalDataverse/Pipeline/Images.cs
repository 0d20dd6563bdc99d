using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Storage;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>Entity images: a copy of the row with the step image's declared columns (all when none are declared).</summary>
internal static class Images
{
    public static Entity Project(Entity row, IReadOnlyList<string> attributes)
    {
        if (attributes.Count == 0)
        {
            return ValueCopier.Copy(row);
        }

        var image = new Entity(row.LogicalName, row.Id) { RowVersion = row.RowVersion };
        foreach (var attribute in attributes)
        {
            if (row.Attributes.TryGetValue(attribute, out var value) && value is not null)
            {
                image[attribute] = ValueCopier.CopyValue(value);
            }
        }

        return image;
    }
}
