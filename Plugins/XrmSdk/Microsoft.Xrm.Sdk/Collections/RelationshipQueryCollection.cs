using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>Queries for related records to retrieve with a record, keyed by relationship.</summary>
[CollectionDataContract(Name = "RelationshipQueryCollection", Namespace = XrmNamespaces.Contracts)]
[Serializable]
public sealed class RelationshipQueryCollection : DataCollection<Relationship, QueryBase>
{
}
