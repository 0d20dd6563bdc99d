using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.FetchXml;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Query;

namespace SalesGoals.Crm.LocalDataverse.Messages;

internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    public string MessageName => "RetrieveMultiple";

    public MessageTarget Describe(ParameterCollection input, Platform platform)
    {
        var query = input.TryGetValue("Query", out var q) ? q as QueryBase : null;
        var entity = query switch
        {
            QueryExpression expression => expression.EntityName,
            QueryByAttribute byAttribute => byAttribute.EntityName,
            FetchExpression fetch => FetchXmlParser.EntityNameOf(fetch.Query),
            _ => throw DataverseFault.InvalidArgument("Required field 'Query' is missing"),
        };
        return new MessageTarget(entity, System.Guid.Empty, false);
    }

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var platform = operation.Platform;
        var runtime = platform.RuntimeFor(operation.UserId);
        var collection = operation.Get<QueryBase>("Query") switch
        {
            QueryExpression expression => platform.Query.Execute(Validated(expression, platform), runtime),
            QueryByAttribute byAttribute => platform.Query.Execute(Validated(QueryByAttributeConverter.ToExpression(byAttribute), platform), runtime),
            FetchExpression fetch => platform.Fetch.Execute(fetch.Query, runtime),
            var other => throw DataverseFault.InvalidArgument($"Query of type {other.GetType().Name} is not supported."),
        };
        var response = new RetrieveMultipleResponse();
        response.Results["EntityCollection"] = collection;
        return response;
    }

    /// <summary>Condition values must have their column's type, as Dataverse checks before running a query.</summary>
    private static QueryExpression Validated(QueryExpression query, Platform platform)
    {
        ConditionValueValidator.Validate(new PreparedQuery(query, platform.Metadata));
        return query;
    }
}
