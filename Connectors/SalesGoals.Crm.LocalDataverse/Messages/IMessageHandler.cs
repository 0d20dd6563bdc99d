using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>The core operation (stage 30) of one message.</summary>
internal interface IMessageHandler
{
    string MessageName { get; }

    MessageTarget Describe(ParameterCollection input, Platform platform);

    OrganizationResponse Execute(MessageOperation operation);
}
