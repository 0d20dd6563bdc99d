using System;
using Microsoft.OData.Edm;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesGoals.Crm.LocalDataverse.WebApi.Edm;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Operations;

/// <summary><c>POST {entityset}/Microsoft.Dynamics.CRM.UpsertMultiple</c>: every target upserted in one transaction
/// (all or nothing, as in Dataverse), each through the Upsert pipeline so Create/Update plug-ins run; 204 No Content.</summary>
internal static class UpsertMultipleOperation
{
    public static ApiResponse Execute(OperationContext context, EdmTable table, IEdmOperation action)
    {
        var targets = context.Payloads.ReadUpsertMultipleTargets(table, action, context.Request);
        var requests = new OrganizationRequestCollection();
        foreach (var target in targets)
        {
            var entity = target.Entity;
            if (target.ODataId is Uri address)
            {
                var reference = context.References.Resolve(address, "@odata.id");
                if (reference.Id != Guid.Empty)
                {
                    entity.Id = reference.Id;
                }

                foreach (var pair in reference.KeyAttributes)
                {
                    entity.KeyAttributes[pair.Key] = pair.Value;
                }
            }

            requests.Add(new UpsertRequest { Target = entity });
        }

        context.Service.Execute(new ExecuteTransactionRequest { Requests = requests, ReturnResponses = false });
        return new ApiResponse(204).With("OData-Version", "4.0");
    }
}
