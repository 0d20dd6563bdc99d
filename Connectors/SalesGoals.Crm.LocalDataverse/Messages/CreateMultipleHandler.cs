using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>
/// CreateMultiple: steps registered on CreateMultiple see the whole Targets collection; each record is
/// then created through the Create pipeline (so Create steps run for it, as Dataverse merges the single
/// and bulk pipelines). All or nothing: one failing record rolls back every record of the request.
/// </summary>
internal sealed class CreateMultipleHandler : IMessageHandler
{
    public string MessageName => "CreateMultiple";

    public MessageTarget Describe(ParameterCollection input, Platform platform) => BulkTargets.Describe(input, platform);

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var targets = BulkTargets.Read(operation.Input);
        var ids = new Guid[targets.Entities.Count];
        for (var index = 0; index < ids.Length; index++)
        {
            var target = targets.Entities[index];
            ids[index] = ((CreateResponse)operation.RunPerRecord(new CreateRequest { Target = target })).id;
            target.Id = ids[index];
        }

        var response = new CreateMultipleResponse();
        response.Results["Ids"] = ids;
        return response;
    }
}
