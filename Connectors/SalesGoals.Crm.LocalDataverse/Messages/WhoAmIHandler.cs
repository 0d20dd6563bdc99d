using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Messages;

internal sealed class WhoAmIHandler : IMessageHandler
{
    public string MessageName => "WhoAmI";

    public MessageTarget Describe(ParameterCollection input, Platform platform) => new(null, System.Guid.Empty, false);

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var response = new WhoAmIResponse();
        response.Results["UserId"] = operation.UserId;
        response.Results["BusinessUnitId"] = operation.Platform.Directory.BusinessUnitOfUser(operation.UserId);
        response.Results["OrganizationId"] = operation.Platform.Directory.OrganizationId;
        return response;
    }
}
