using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The value types that travel as <c>object</c> inside attribute and parameter collections;
/// the data contract serializers need them declared to write and read the <c>__type</c> hints.
/// </summary>
internal static class XrmKnownTypes
{
    internal static IEnumerable<Type> All { get; } = new[]
    {
        typeof(Entity), typeof(EntityReference), typeof(EntityCollection), typeof(EntityReferenceCollection),
        typeof(Money), typeof(OptionSetValue), typeof(OptionSetValueCollection), typeof(AliasedValue),
        typeof(Relationship), typeof(ConcurrencyBehavior), typeof(EntityState), typeof(EntityRole),
        typeof(ColumnSet), typeof(QueryExpression), typeof(QueryByAttribute), typeof(FetchExpression),
        typeof(PagingInfo), typeof(OrganizationServiceFault), typeof(ExecuteMultipleSettings),
        typeof(OrganizationRequestCollection), typeof(OrganizationResponseCollection), typeof(RelationshipQueryCollection),
        typeof(ExecuteMultipleResponseItemCollection), typeof(EntityImageCollection), typeof(ParameterCollection),
        typeof(Guid[]), typeof(string[]), typeof(int[]), typeof(object[]), typeof(EntityReference[]),
        typeof(Entity[]),
    };
}
