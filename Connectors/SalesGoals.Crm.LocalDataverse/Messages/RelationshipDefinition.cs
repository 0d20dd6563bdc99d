namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>
/// A relationship Associate/Disassociate can use: many-to-many through an intersect table
/// (<paramref name="IntersectTable"/> set), or one-to-many by setting the lookup
/// <paramref name="ReferencingAttribute"/> of the <paramref name="Entity2"/> rows.
/// </summary>
public sealed record RelationshipDefinition(
    string SchemaName,
    string Entity1,
    string Entity1IntersectAttribute,
    string Entity2,
    string Entity2IntersectAttribute,
    string? IntersectTable,
    string? ReferencingAttribute = null);
