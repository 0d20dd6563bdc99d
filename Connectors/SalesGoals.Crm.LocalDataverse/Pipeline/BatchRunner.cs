using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesGoals.Crm.LocalDataverse.Faults;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>ExecuteMultiple (each request on its own) and ExecuteTransaction (all or nothing). Neither message has plug-in steps of its own.</summary>
internal sealed class BatchRunner(PipelineRunner pipeline)
{
    /// <summary>Dataverse refuses an ExecuteMultiple of more requests; the fault names the limit in ErrorDetails["MaxBatchSize"].</summary>
    public const int MaxBatchSize = 1_000;

    public static bool Handles(OrganizationRequest request) => request.RequestName is "ExecuteMultiple" or "ExecuteTransaction";

    public OrganizationResponse Execute(OrganizationRequest request, CallContext caller) =>
        request.RequestName == "ExecuteMultiple" ? Multiple(request, caller) : Transaction(request, caller);

    private OrganizationResponse Multiple(OrganizationRequest request, CallContext caller)
    {
        var requests = request.Parameters.TryGetValue("Requests", out var r) && r is OrganizationRequestCollection list ? list
            : throw DataverseFault.InvalidArgument("Required field 'Requests' is missing");
        var settings = request.Parameters.TryGetValue("Settings", out var s) && s is ExecuteMultipleSettings given ? given
            : throw DataverseFault.InvalidArgument("Required field 'Settings' is missing");
        if (requests.Count > MaxBatchSize)
        {
            var tooMany = DataverseFault.InvalidArgument($"The number of requests ({requests.Count}) exceeds the maximum batch size of {MaxBatchSize}.");
            tooMany.Detail.ErrorDetails["MaxBatchSize"] = MaxBatchSize;
            throw tooMany;
        }

        var items = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        for (var index = 0; index < requests.Count; index++)
        {
            try
            {
                var response = pipeline.Execute(requests[index], caller);
                if (settings.ReturnResponses)
                {
                    items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Response = response });
                }
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                faulted = true;
                items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Fault = fault.Detail });
                if (!settings.ContinueOnError)
                {
                    break;
                }
            }
        }

        var result = new ExecuteMultipleResponse { ResponseName = "ExecuteMultiple" };
        result.Results["Responses"] = items;
        result.Results["IsFaulted"] = faulted;
        return result;
    }

    private OrganizationResponse Transaction(OrganizationRequest request, CallContext caller)
    {
        var requests = request.Parameters.TryGetValue("Requests", out var r) && r is OrganizationRequestCollection list ? list
            : throw DataverseFault.InvalidArgument("Required field 'Requests' is missing");
        var returnResponses = request.Parameters.TryGetValue("ReturnResponses", out var rr) && rr is true;
        var responses = new OrganizationResponseCollection();
        pipeline.Atomically(() =>
        {
            for (var index = 0; index < requests.Count; index++)
            {
                try
                {
                    var response = pipeline.Execute(requests[index], caller);
                    if (returnResponses)
                    {
                        responses.Add(response);
                    }
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    var detail = new ExecuteTransactionFault
                    {
                        ErrorCode = fault.Detail.ErrorCode,
                        Message = fault.Detail.Message,
                        TraceText = fault.Detail.TraceText,
                        InnerFault = fault.Detail,
                        FaultedRequestIndex = index,
                    };
                    throw new FaultException<OrganizationServiceFault>(detail, new FaultReason(detail.Message));
                }
            }

            return true;
        });
        var result = new ExecuteTransactionResponse { ResponseName = "ExecuteTransaction" };
        result.Results["Responses"] = responses;
        return result;
    }
}
