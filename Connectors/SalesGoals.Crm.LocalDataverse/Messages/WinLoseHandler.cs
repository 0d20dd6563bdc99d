using System;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesGoals.Crm.LocalDataverse.Faults;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>
/// Win and Lose: the context carries OpportunityClose and Status (no Target, no images). The core
/// creates the opportunityclose activity (its Create steps run, one level deeper), completes it,
/// and closes the opportunity: statecode 1 Won / 2 Lost, the given status (default 3 Won,
/// 4 Canceled), actualvalue from actualrevenue and actualclosedate from actualend (else today).
/// The opportunity's own Update steps do not run for this internal change.
/// </summary>
internal sealed class WinLoseHandler(string messageName) : IMessageHandler
{
    private bool IsWin => messageName == "Win";

    public string MessageName => messageName;

    public MessageTarget Describe(ParameterCollection input, Platform platform)
    {
        var close = input.TryGetValue("OpportunityClose", out var c) && c is Entity entity ? entity
            : throw DataverseFault.InvalidArgument("Required field 'OpportunityClose' is missing");
        var opportunity = close.GetAttributeValue<EntityReference>("opportunityid")
            ?? throw DataverseFault.InvalidArgument("opportunityid is missing in the OpportunityClose entity.");
        return new MessageTarget("opportunity", opportunity.Id, false);
    }

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var close = operation.Get<Entity>("OpportunityClose");
        var platform = operation.Platform;
        var opportunityId = operation.Context.PrimaryEntityId;
        var opportunity = platform.Store.Table("opportunity").Get(opportunityId) ?? throw DataverseFault.RecordNotFound("opportunity", opportunityId);
        if (opportunity.GetAttributeValue<OptionSetValue>("statecode")?.Value is int state && state != 0)
        {
            throw DataverseFault.Create(ErrorCodes.InvalidOperation, "Cannot close the entity because it is not in the correct state.");
        }

        var closedState = IsWin ? 1 : 2;
        var status = operation.Input.TryGetValue("Status", out var s) && s is OptionSetValue given && given.Value != -1
            ? given.Value
            : platform.Metadata.Get("opportunity").DefaultStatusFor(closedState) ?? (IsWin ? 3 : 4);
        var closeId = ((CreateResponse)operation.RunNested(new CreateRequest { Target = close })).id;
        platform.Writer.Update(new Entity("opportunityclose", closeId) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) },
            operation.UserId, ConcurrencyBehavior.Default);

        var update = new Entity("opportunity", opportunityId)
        {
            ["statecode"] = new OptionSetValue(closedState),
            ["statuscode"] = new OptionSetValue(status),
            ["actualclosedate"] = close.GetAttributeValue<DateTime?>("actualend") ?? platform.Time.GetUtcNow().UtcDateTime.Date,
        };
        if (close.GetAttributeValue<Money>("actualrevenue") is { } revenue)
        {
            update["actualvalue"] = new Money(revenue.Value);
        }

        platform.Writer.Update(update, operation.UserId, ConcurrencyBehavior.Default);
        return IsWin ? new WinOpportunityResponse() : new LoseOpportunityResponse();
    }
}
