using System;
using System.Linq;
using SalesGoals.Crm.LocalDataverse.FetchXml;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.LocalDataverse.Query;
using SalesGoals.Crm.LocalDataverse.Security;
using SalesGoals.Crm.LocalDataverse.Storage;

namespace SalesGoals.Crm.LocalDataverse;

/// <summary>The platform services the message handlers share.</summary>
internal sealed class Platform
{
    public Platform(MetadataCatalog metadata, TimeProvider time)
    {
        Metadata = metadata;
        Time = time;
        Store = new DataStore();
        Directory = new OrganizationDirectory(Store);
        Keys = new RecordKeys(metadata, Store);
        Writer = new RecordWriter(metadata, Store, Keys, Directory, time);
        Rows = new RowSource(metadata, Store);
        Query = new QueryEngine(metadata, Store, Rows);
        Fetch = new FetchXmlEngine(metadata, Query, Rows);
        Security = new SecurityModel(Store);
    }

    public MetadataCatalog Metadata { get; }

    public TimeProvider Time { get; }

    public DataStore Store { get; }

    public OrganizationDirectory Directory { get; }

    public RecordKeys Keys { get; }

    public RecordWriter Writer { get; }

    public RowSource Rows { get; }

    public QueryEngine Query { get; }

    public FetchXmlEngine Fetch { get; }

    public SecurityModel Security { get; }

    public QueryRuntime RuntimeFor(Guid userId) => new(
        userId,
        Directory.BusinessUnitOfUser(userId),
        Security.TeamsOf(userId).ToHashSet(),
        Time.GetUtcNow().UtcDateTime);
}
