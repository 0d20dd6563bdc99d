using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.LocalDataverse.Query;

namespace SalesGoals.Crm.LocalDataverse.Messages;

internal sealed class RetrieveHandler : IMessageHandler
{
    public string MessageName => "Retrieve";

    public MessageTarget Describe(ParameterCollection input, Platform platform) =>
        input.TryGetValue("Target", out var t) && t is EntityReference target
            ? new MessageTarget(target.LogicalName, target.Id, false)
            : throw DataverseFault.InvalidArgument("Required field 'Target' is missing");

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var target = operation.Get<EntityReference>("Target");
        var columns = operation.Get<ColumnSet>("ColumnSet");
        var platform = operation.Platform;
        var table = platform.Metadata.Get(target.LogicalName);
        if (!columns.AllColumns)
        {
            foreach (var column in columns.Columns)
            {
                MetadataCatalog.GetColumn(table, column);
            }
        }

        var id = platform.Writer.RequireId(table, target.Id, target.KeyAttributes, null);
        var row = platform.Store.Table(table.LogicalName).Get(id) ?? throw DataverseFault.RecordNotFound(table.LogicalName, id);
        operation.Context.PrimaryEntityId = id;
        var response = new RetrieveResponse();
        response.Results["Entity"] = ResultProjector.Columns(row, table, columns, platform.Rows);
        return response;
    }
}
