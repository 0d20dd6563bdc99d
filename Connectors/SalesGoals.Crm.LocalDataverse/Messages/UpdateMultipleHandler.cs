using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>
/// UpdateMultiple: steps registered on UpdateMultiple see the whole Targets collection; each record is
/// then updated through the Update pipeline (its Update steps, filtering attributes and images apply per
/// record), with the request's ConcurrencyBehavior. All or nothing.
/// </summary>
internal sealed class UpdateMultipleHandler : IMessageHandler
{
    public string MessageName => "UpdateMultiple";

    public MessageTarget Describe(ParameterCollection input, Platform platform) => BulkTargets.Describe(input, platform);

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var targets = BulkTargets.Read(operation.Input);
        var behavior = operation.Input.TryGetValue("ConcurrencyBehavior", out var b) && b is ConcurrencyBehavior c ? c : ConcurrencyBehavior.Default;
        foreach (var target in targets.Entities)
        {
            operation.RunPerRecord(new UpdateRequest { Target = target, ConcurrencyBehavior = behavior });
        }

        return new UpdateMultipleResponse();
    }
}
