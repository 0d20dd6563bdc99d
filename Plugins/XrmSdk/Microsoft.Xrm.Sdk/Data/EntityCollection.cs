using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A page of records returned by RetrieveMultiple, with its paging state.</summary>
[DataContract(Name = "EntityCollection", Namespace = XrmNamespaces.Contracts)]
[KnownType(nameof(GetKnownTypes))]
public sealed class EntityCollection : IExtensibleDataObject
{
    private DataCollection<Entity> _entities;

    public EntityCollection()
    {
    }

    public EntityCollection(IList<Entity> list)
    {
        _entities = new DataCollection<Entity>(list);
    }

    [DataMember]
    public DataCollection<Entity> Entities
    {
        get => _entities ??= new DataCollection<Entity>();
        private set => _entities = value;
    }

    [DataMember]
    public string EntityName { get; set; }

    [DataMember]
    public bool MoreRecords { get; set; }

    [DataMember]
    public string PagingCookie { get; set; }

    [DataMember]
    public string MinActiveRowVersion { get; set; }

    [DataMember]
    public int TotalRecordCount { get; set; }

    [DataMember]
    public bool TotalRecordCountLimitExceeded { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public Entity this[int index]
    {
        get => Entities[index];
        set => Entities[index] = value;
    }

    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
