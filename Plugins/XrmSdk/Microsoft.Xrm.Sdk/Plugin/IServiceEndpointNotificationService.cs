namespace Microsoft.Xrm.Sdk;

/// <summary>Posts the execution context to a service endpoint (Azure Service Bus, webhook).</summary>
public interface IServiceEndpointNotificationService
{
    string Execute(EntityReference serviceEndpoint, IExecutionContext context);
}
