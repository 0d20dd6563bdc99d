using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.LocalDataverse.Query;

namespace SalesGoals.Crm.LocalDataverse.FetchXml;

/// <summary>Runs FetchXml: plain fetches as QueryExpressions, aggregate fetches by grouping the matched rows.</summary>
internal sealed class FetchXmlEngine(MetadataCatalog metadata, QueryEngine engine, RowSource rows)
{
    public EntityCollection Execute(string fetchXml, QueryRuntime runtime)
    {
        var fetch = new FetchXmlParser(metadata).Parse(fetchXml);
        ConditionValueValidator.Validate(new PreparedQuery(fetch.Query, metadata), fetchText: true);
        if (!fetch.IsAggregate)
        {
            return engine.Execute(fetch.Query, runtime);
        }

        var prepared = new PreparedQuery(fetch.Query, metadata);
        var matched = engine.Match(prepared, runtime);
        return Aggregator.Aggregate(prepared, fetch, matched, rows);
    }
}
