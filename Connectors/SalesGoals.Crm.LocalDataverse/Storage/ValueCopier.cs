using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Storage;

/// <summary>Deep copies of entities and attribute values, so that nobody outside shares the store's objects.</summary>
internal static class ValueCopier
{
    public static Entity Copy(Entity source)
    {
        var copy = new Entity(source.LogicalName) { Id = source.Id, RowVersion = source.RowVersion };
        foreach (var pair in source.Attributes)
        {
            copy.Attributes[pair.Key] = CopyValue(pair.Value);
        }

        foreach (var pair in source.KeyAttributes)
        {
            copy.KeyAttributes[pair.Key] = CopyValue(pair.Value);
        }

        foreach (var pair in source.FormattedValues)
        {
            copy.FormattedValues[pair.Key] = pair.Value;
        }

        return copy;
    }

    public static object? CopyValue(object? value) => value switch
    {
        null => null,
        Money money => new Money(money.Value),
        OptionSetValue option => new OptionSetValue(option.Value),
        EntityReference reference => CopyReference(reference),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList()),
        EntityCollection collection => CopyCollection(collection),
        AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, CopyValue(aliased.Value)),
        Entity entity => Copy(entity),
        byte[] bytes => bytes.ToArray(),
        _ => value,
    };

    private static EntityReference CopyReference(EntityReference reference)
    {
        var copy = new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name, RowVersion = reference.RowVersion };
        foreach (var pair in reference.KeyAttributes)
        {
            copy.KeyAttributes[pair.Key] = CopyValue(pair.Value);
        }

        return copy;
    }

    private static EntityCollection CopyCollection(EntityCollection collection)
    {
        var copy = new EntityCollection(collection.Entities.Select(Copy).ToList()) { EntityName = collection.EntityName };
        return copy;
    }
}
